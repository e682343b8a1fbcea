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
    function closePicker() {
        if (window.jalaliDatepicker) {
            window.jalaliDatepicker.hide();
        }
    }
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

    // PrimeFaces' skinned file upload (p:fileUpload mode="simple" skinSimple="true") keeps its real
    // file input focusable, as the keyboard needs, yet marks it aria-hidden: a screen reader would
    // land on a hidden, nameless control. Expose it, named by its form label and button text.
    function exposeFileInputs() {
        document.querySelectorAll(".ui-fileupload-simple input[type=file][aria-hidden]").forEach(function (input) {
            var upload = input.closest(".ui-fileupload-simple");
            var label = upload.id ? document.querySelector("label[for='" + upload.id + "']") : null;
            var button = upload.querySelector(".ui-button-text");
            var name = [label && label.textContent.trim(), button && button.textContent.trim()]
                .filter(function (text) { return text; }).join(" — ");
            input.removeAttribute("aria-hidden");
            if (name) {
                input.setAttribute("aria-label", name);
            }
        });
    }
    exposeFileInputs();
    // ...and again whenever PrimeFaces re-renders part of the page.
    if (window.jQuery) {
        window.jQuery(document).on("pfAjaxComplete", exposeFileInputs);
    }
})();
