package ir.pishkhan.violation.control;

import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.text.PersianNumbers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Decides whether an uploaded file may join a report's file: only PDF, JPEG and PNG, recognised
 * by their first bytes (a renamed executable stays out whatever it is called), never empty,
 * never larger than the limit. Gives the type to store and a safe file name.
 */
public final class AttachmentCheck {

    /** An accepted file: the type its bytes show, a name safe to put in a header, its SHA-256. */
    public record Accepted(String contentType, String fileName, String sha256) implements java.io.Serializable {
    }

    private AttachmentCheck() {
    }

    public static Accepted check(String fileName, byte[] content, int maxBytes) {
        if (content == null || content.length == 0) {
            throw BusinessException.invalid("ATTACHMENT_EMPTY", "پرونده خالی است.", "The file is empty.");
        }
        if (content.length > maxBytes) {
            throw BusinessException.invalid("ATTACHMENT_TOO_LARGE",
                    "حجم پرونده بیش از " + PersianNumbers.quantity(maxBytes / 1024 / 1024) + " مگابایت است.",
                    "The file is larger than " + maxBytes + " bytes.");
        }
        String type = sniff(content);
        if (type == null) {
            throw BusinessException.invalid("ATTACHMENT_TYPE_NOT_ALLOWED",
                    "فقط پروندهٔ PDF، JPEG یا PNG پذیرفته می‌شود.", "Only PDF, JPEG and PNG files are accepted.");
        }
        return new Accepted(type, safeName(fileName, type), sha256(content));
    }

    /** The type the first bytes show, or null for anything else. */
    static String sniff(byte[] b) {
        if (startsWith(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return "application/pdf";
        }
        if (startsWith(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "image/jpeg";
        }
        if (startsWith(b, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return "image/png";
        }
        return null;
    }

    /**
     * The name without any path, control characters or quotes, at most 120 characters, with the
     * extension of its real type (so "evidence.exe" holding a PDF is stored as "evidence.exe.pdf").
     */
    static String safeName(String fileName, String type) {
        String ext = switch (type) {
            case "application/pdf" -> ".pdf";
            case "image/jpeg" -> ".jpg";
            default -> ".png";
        };
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"'<>;:*?|]", "").trim();
        if (name.isEmpty()) {
            name = "attachment";
        }
        if (name.length() > 120) {
            name = name.substring(0, 120);
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        boolean rightExt = lower.endsWith(ext) || (ext.equals(".jpg") && lower.endsWith(".jpeg"));
        return rightExt ? name : name + ext;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
