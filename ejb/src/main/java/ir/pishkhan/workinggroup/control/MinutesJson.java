package ir.pishkhan.workinggroup.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** The frozen minutes as the session keeps them: {@link MinutesData} as JSON, and back. */
public final class MinutesJson {

    private static final Jsonb JSON = JsonbBuilder.create();

    private MinutesJson() {
    }

    public static String write(MinutesData minutes) {
        return JSON.toJson(minutes);
    }

    public static MinutesData read(String json) {
        return JSON.fromJson(json, MinutesData.class);
    }
}
