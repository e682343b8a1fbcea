package ir.pishkhan.web.license;

import ir.pishkhan.capacity.entity.RequiredDocument;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/** Checked documents in a multi-select: the list's element type is erased, so it is named here. */
@FacesConverter("requiredDocument")
public class RequiredDocumentConverter implements Converter<RequiredDocument> {

    @Override
    public RequiredDocument getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return value == null || value.isBlank() ? null : RequiredDocument.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new ConverterException("Unknown document " + value, e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, RequiredDocument value) {
        return value == null ? "" : value.name();
    }
}
