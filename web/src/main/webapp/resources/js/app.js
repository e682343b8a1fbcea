// Jalali date fields (input[data-jdp]).
(function () {
    // People type Persian or Arabic digits; the date picker (@majidh1/jalalidatepicker) reads
    // only Latin ones. Convert them as they are typed, before the picker sees the value (capture
    // phase on the document runs ahead of the picker's own listeners). The server accepts both.
    var persian = "۰۱۲۳۴۵۶۷۸۹", arabic = "٠١٢٣٤٥٦٧٨٩";
    function toLatin(text) {
        return text.replace(/[۰-۹٠-٩]/g, function (d) {
            var i = persian.indexOf(d);
            return String(i >= 0 ? i : arabic.indexOf(d));
        });
    }
    document.addEventListener("input", function (event) {
        var field = event.target;
        if (field && field.matches && field.matches("input[data-jdp]")) {
            var latin = toLatin(field.value);
            if (latin !== field.value) {
                var caret = field.selectionStart;
                field.value = latin;
                field.setSelectionRange(caret, caret);
            }
        }
    }, true);

    // Escape or a click elsewhere always closes the calendar. The picker's own handlers skip
    // closing while it is redrawing, and an impossible typed date (e.g. 1397/12/30) can leave it
    // in that state, covering the page.
    // The picker shows itself a second time 300 ms after it opens; a calendar closed before
    // that would pop up again uninvited. So a close is remembered until a date field is focused
    // again, and the picker's late re-show is undone the moment it happens.
    var closedByPerson = false;
    function closePicker() {
        if (window.jalaliDatepicker) {
            closedByPerson = true;
            window.jalaliDatepicker.hide();
        }
    }
    document.addEventListener("focusin", function (event) {
        if (event.target && event.target.matches && event.target.matches("input[data-jdp]")) {
            closedByPerson = false;
        }
    }, true);
    new MutationObserver(function (changes) {
        if (!closedByPerson || !window.jalaliDatepicker) {
            return;
        }
        for (var i = 0; i < changes.length; i++) {
            var picker = changes[i].target;
            if (picker.tagName === "JDP-CONTAINER" && picker.style.display !== "none") {
                window.jalaliDatepicker.hide();
                return;
            }
        }
    }).observe(document.documentElement, {subtree: true, attributes: true, attributeFilter: ["style"]});
    document.addEventListener("keydown", function (event) {
        if (event.key === "Escape" || event.key === "Tab") {
            closePicker();
        }
    }, true);
    document.addEventListener("mousedown", function (event) {
        var picker = document.querySelector("jdp-container");
        var target = event.target;
        if (picker && !picker.contains(target) && !(target.matches && target.matches("input[data-jdp]"))) {
            closePicker();
        }
    }, true);

    // The Jalali calendar opens on every such field, including fields PrimeFaces re-renders
    // after an AJAX update.
    if (window.jalaliDatepicker) {
        window.jalaliDatepicker.startWatch({
            minDate: "attr",
            maxDate: "attr",
            time: false,
            persianDigits: true,
            showTodayBtn: true,
            showEmptyBtn: true
        });
    }
})();
