// Charts in Persian digits. The charts' configuration sets Chart.js's locale to fa-IR, which
// formats tooltips and axis numbers, except that Chart.js writes a zero tick as a bare Latin "0"
// whatever the locale. Every p:chart names this function as its extender (PrimeFaces calls it
// before drawing), so the value axis is formatted by the browser's own fa-IR number format.
// It is loaded in the page head: extenders are looked up when the chart's widget is created.
window.persianChart = function () {
    var options = this.cfg.config.options || (this.cfg.config.options = {});
    var scales = options.scales || (options.scales = {});
    var valueAxis = options.indexAxis === "y" ? "x" : "y";
    var axis = scales[valueAxis] || (scales[valueAxis] = {});
    var ticks = axis.ticks || (axis.ticks = {});
    var format = new Intl.NumberFormat(options.locale || "fa-IR");
    ticks.callback = function (value) {
        return format.format(value);
    };
};
