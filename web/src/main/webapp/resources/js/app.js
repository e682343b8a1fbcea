// Jalali date picker (@majidh1/jalalidatepicker) on every input marked data-jdp, including
// inputs that PrimeFaces re-renders after an AJAX update.
(function () {
    if (window.jalaliDatepicker) {
        window.jalaliDatepicker.startWatch({
            minDate: "attr",
            maxDate: "attr",
            time: false,
            hasSecond: false,
            persianDigits: true,
            showTodayBtn: true,
            showEmptyBtn: true,
            autoReadOnlyInput: false
        });
    }
})();
