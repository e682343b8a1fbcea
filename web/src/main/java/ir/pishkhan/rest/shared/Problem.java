package ir.pishkhan.rest.shared;

import java.util.List;

/**
 * An error answer in the shape of RFC 9457 ({@code application/problem+json}), extended with
 * a stable machine-readable {@code code} and Persian title and detail for the people reading it.
 */
public record Problem(String type, String title, int status, String detail, String code, String titleFa,
                      String detailFa, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid input field, named by its JSON property path. */
    public record FieldError(String field, String message) {
    }
}
