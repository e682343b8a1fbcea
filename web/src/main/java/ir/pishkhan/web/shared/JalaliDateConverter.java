package ir.pishkhan.web.shared;

import ir.pishkhan.shared.jalali.JalaliDateException;
import ir.pishkhan.shared.jalali.JalaliDates;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;

/**
 * Jalali date input: accepts 1404/08/15 with Persian, Arabic or Latin digits and gives an ISO
 * {@link LocalDate}; rejects impossible dates (e.g. 1397/12/30) with a Persian message. Shows
 * Latin digits in the field because the date picker reads only those.
 */
@FacesConverter(value = "jalaliDate", managed = true)
public class JalaliDateConverter implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return JalaliDates.parse(value);
        } catch (JalaliDateException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, e.persianMessage(), null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : JalaliDates.formatLatin(value);
    }
}
