package ir.pishkhan.rollout.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a staged row is kept in {@code import_row}: {@code cells} is a JSON object, column key →
 * the cell's text as it was typed (empty cells left out); {@code errors} a JSON array of
 * {@code {"column": key or null, "message": Persian text}}, or SQL NULL when the row has none.
 * The dry run writes both; the batch job reads the cells back into a {@link Rows.Staged}.
 */
public final class RowJson {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final JsonBuilderFactory BUILDERS = JSON.createBuilderFactory(Map.of());

    private RowJson() {
    }

    /** The cells as a JSON object, in the order given. */
    public static String cells(Map<String, String> cells) {
        JsonObjectBuilder b = BUILDERS.createObjectBuilder();
        cells.forEach((k, v) -> {
            if (v != null) {
                b.add(k, v);
            }
        });
        return b.build().toString();
    }

    /** The cells of a stored row, in their stored order. */
    public static Map<String, String> cells(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            Map<String, String> cells = new LinkedHashMap<>();
            o.forEach((k, v) -> cells.put(k, v instanceof JsonString s ? s.getString() : v.toString()));
            return Collections.unmodifiableMap(cells);
        }
    }

    /** The errors as a JSON array, or null when there are none (the column stays NULL). */
    public static String errors(List<Rows.CellError> errors) {
        if (errors == null || errors.isEmpty()) {
            return null;
        }
        JsonArrayBuilder a = BUILDERS.createArrayBuilder();
        for (Rows.CellError e : errors) {
            JsonObjectBuilder o = BUILDERS.createObjectBuilder();
            if (e.column() == null) {
                o.addNull("column");
            } else {
                o.add("column", e.column());
            }
            a.add(o.add("message", e.message()));
        }
        return a.build().toString();
    }

    /** The errors of a stored row (none for NULL). */
    public static List<Rows.CellError> errors(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            JsonArray a = reader.readArray();
            List<Rows.CellError> errors = new ArrayList<>(a.size());
            for (JsonValue v : a) {
                JsonObject o = v.asJsonObject();
                JsonValue column = o.get("column");
                errors.add(new Rows.CellError(column instanceof JsonString s ? s.getString() : null,
                        o.getString("message", "")));
            }
            return errors;
        }
    }
}
