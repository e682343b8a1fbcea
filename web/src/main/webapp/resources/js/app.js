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

// PrimeFaces paginators in Persian digits (۱ ۲ ۳, «(۲ از ۵)»). PrimeFaces writes page numbers with
// Latin digits and, on a click, reads the page back from the button's text; so each button keeps
// its page in data-page, shows it in Persian, and a click goes to data-page before PrimeFaces'
// own handler would misread the Persian text. Tied to PrimeFaces 15's Paginator widget
// (bindPageLinkEvents, updateUI); a browser test pages through a table to keep it honest.
(function () {
    if (!window.PrimeFaces || !PrimeFaces.widget || !PrimeFaces.widget.Paginator) {
        return;
    }
    var persian = "۰۱۲۳۴۵۶۷۸۹";
    function toPersian(text) {
        return String(text).replace(/[0-9]/g, function (d) { return persian.charAt(+d); });
    }
    function toLatin(text) {
        return String(text).replace(/[۰-۹]/g, function (d) { return String(persian.indexOf(d)); });
    }
    var Paginator = PrimeFaces.widget.Paginator.prototype;
    var bindPageLinkEvents = Paginator.bindPageLinkEvents;
    var updateUI = Paginator.updateUI;
    var init = Paginator.init;

    function persianiseReports(paginator) {
        paginator.currentReport.each(function () { this.textContent = toPersian(this.textContent); });
        paginator.jtpSelect.add(paginator.rppSelect).children("option").each(function () {
            this.textContent = toPersian(this.textContent);
        });
    }

    Paginator.bindPageLinkEvents = function () {
        var paginator = this;
        var links = this.pagesContainer.children(".ui-paginator-page");
        links.each(function () {
            var link = $(this);
            var page = parseInt(toLatin(link.text()), 10);
            link.attr("data-page", page).text(String(page));
        });
        links.on("click.paginator", function (event) {
            var link = $(this);
            if (!link.hasClass("ui-state-disabled") && !link.hasClass("ui-state-active")) {
                paginator.setPage(parseInt(link.attr("data-page"), 10) - 1);
            }
            event.preventDefault();
            event.stopImmediatePropagation();
        });
        bindPageLinkEvents.call(this);
        links.each(function () {
            var link = $(this);
            link.text(toPersian(link.attr("data-page")));
            link.attr("aria-label", toPersian(link.attr("aria-label")));
        });
    };

    Paginator.updateUI = function () {
        updateUI.apply(this, arguments);
        persianiseReports(this);
    };

    // A paginator re-created by an AJAX update starts from the server's markup, in Latin digits.
    Paginator.init = function () {
        init.apply(this, arguments);
        persianiseReports(this);
    };

    // Paginators PrimeFaces built before this script ran (the page's first render).
    $.each(PrimeFaces.widgets, function (name, widget) {
        var paginator = widget instanceof PrimeFaces.widget.Paginator ? widget : widget && widget.paginator;
        if (paginator instanceof PrimeFaces.widget.Paginator) {
            paginator.pagesContainer.children(".ui-paginator-page").off();
            paginator.bindPageLinkEvents();
            persianiseReports(paginator);
        }
    });
})();
