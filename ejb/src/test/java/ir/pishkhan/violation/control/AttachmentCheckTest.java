package ir.pishkhan.violation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ir.pishkhan.shared.error.BusinessException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Which files may join a report's file, judged by their bytes, and the names they are stored under. */
class AttachmentCheckTest {

    static final byte[] PDF = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0};

    static String refusal(String name, byte[] content, int max) {
        return assertThrows(BusinessException.class, () -> AttachmentCheck.check(name, content, max)).code();
    }

    @Test
    void pdfJpegAndPngAreRecognisedByTheirBytes() {
        assertEquals("application/pdf", AttachmentCheck.check("a.pdf", PDF, 1000).contentType());
        assertEquals("image/jpeg", AttachmentCheck.check("photo.jpeg", JPEG, 1000).contentType());
        assertEquals("image/png", AttachmentCheck.check("x", PNG, 1000).contentType());
    }

    @Test
    void anythingElseIsRefusedWhateverItsName() {
        assertEquals("ATTACHMENT_TYPE_NOT_ALLOWED", refusal("scan.pdf", new byte[] {'M', 'Z', 0, 0}, 1000));
        assertEquals("ATTACHMENT_TYPE_NOT_ALLOWED", refusal("page.png", "<html><script>".getBytes(StandardCharsets.UTF_8), 1000));
        assertEquals("ATTACHMENT_TYPE_NOT_ALLOWED", refusal("short.pdf", new byte[] {'%', 'P'}, 1000));
    }

    @Test
    void emptyAndOversizedFilesAreRefused() {
        assertEquals("ATTACHMENT_EMPTY", refusal("a.pdf", new byte[0], 1000));
        assertEquals("ATTACHMENT_TOO_LARGE", refusal("a.pdf", java.util.Arrays.copyOf(PDF, 1001), 1000));
        assertEquals("application/pdf", AttachmentCheck.check("a.pdf", java.util.Arrays.copyOf(PDF, 1000), 1000).contentType());
    }

    @Test
    void namesLosePathsAndHeaderBreakingCharactersAndGetTheirRealExtension() {
        assertEquals("report.pdf", AttachmentCheck.check("C:\\Users\\x\\report.pdf", PDF, 1000).fileName());
        assertEquals("passwd.pdf", AttachmentCheck.check("../../etc/passwd", PDF, 1000).fileName());
        assertEquals("a.exe.pdf", AttachmentCheck.check("a\".exe", PDF, 1000).fileName());
        assertEquals("رسید.jpeg", AttachmentCheck.check("رسید.jpeg", JPEG, 1000).fileName());
        assertEquals("attachment.png", AttachmentCheck.check(null, PNG, 1000).fileName());
        assertEquals(124, AttachmentCheck.check("x".repeat(500), PDF, 1000).fileName().length());
    }

    @Test
    void theDigestIdentifiesTheContent() {
        assertEquals(64, AttachmentCheck.check("a.pdf", PDF, 1000).sha256().length());
        assertEquals(AttachmentCheck.check("a.pdf", PDF, 1000).sha256(), AttachmentCheck.check("b.pdf", PDF, 1000).sha256());
    }
}
