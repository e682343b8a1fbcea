package ir.pishkhan.workinggroup.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The minutes a decision freezes: they keep the sitting (members, names, attendance, quorum) and
 * every decision as they were, whatever today's data say, and render to the same bytes every time.
 */
class FrozenMinutesTest {

    static final Instant FIRST = Instant.parse("2026-11-30T07:10:00Z");
    static final Instant SECOND = Instant.parse("2026-11-30T08:40:00Z");

    static MinutesData.Item item(long report, List<MinutesData.Vote> votes, String decision, Instant at) {
        return new MinutesData.Item(report, "0723-G-0000" + report + "-4", "دفتر پیشخوان " + report, "رفتار نامناسب",
                "خفیف", "دفاعیهٔ دفتر", votes, decision, decision == null ? null : "استدلال تصمیم " + report, at);
    }

    static List<MinutesData.Vote> votes(String vote, String... users) {
        return java.util.Arrays.stream(users).map(u -> new MinutesData.Vote(u, "عضو " + u, vote)).toList();
    }

    /** The session as decided at 10:40 Tehran: four members, all present, quorum three; report 1 decided, 2 pending. */
    static MinutesData atFirstDecision() {
        List<MinutesData.Attendee> four = List.of(new MinutesData.Attendee("m1", "عضو m1", true),
                new MinutesData.Attendee("m2", "عضو m2", true), new MinutesData.Attendee("m3", "عضو m3", true),
                new MinutesData.Attendee("m4", "عضو m4", true));
        MinutesData now = new MinutesData("کوار", "فارس", LocalDate.of(2026, 11, 30), "10:30", "سالن جلسات", "دبیر کوار",
                4, 3, four, List.of(item(1, votes("تذکر", "m1", "m2", "m3", "m4"), "تذکر", FIRST),
                item(2, votes("تعلیق (۳۰ روز)", "m1"), null, null)), FIRST);
        return MinutesData.frozen(null, now, FIRST);
    }

    @Test
    void theFirstDecisionFreezesTheSittingAndLeavesPendingItemsWithoutVotes() {
        MinutesData frozen = atFirstDecision();
        assertEquals(4, frozen.members());
        assertEquals(3, frozen.quorum());
        assertEquals(4, frozen.presentCount());
        assertEquals(4, frozen.item(1).orElseThrow().votes().size());
        assertEquals(List.of(), frozen.item(2).orElseThrow().votes(), "a pending item's votes may still change");
        assertEquals(FIRST, frozen.producedAt());
    }

    @Test
    void aLaterDecisionKeepsTheSittingAndEarlierDecisionsWhateverTodaySays() {
        MinutesData earlier = atFirstDecision();
        // Today: member m4 disabled, the county renamed, another quorum, report 1's data changed.
        MinutesData today = new MinutesData("کوار نو", "فارس", LocalDate.of(2026, 11, 30), "10:30", "سالن جلسات",
                "دبیر کوار", 3, 2, List.of(new MinutesData.Attendee("m1", "عضو m1", true),
                new MinutesData.Attendee("m2", "عضو m2", true), new MinutesData.Attendee("m3", "عضو m3", true)),
                List.of(item(1, votes("تذکر", "m1"), "تذکر", FIRST), item(2, votes("تعلیق (۳۰ روز)", "m1", "m2", "m3"),
                        "تعلیق (۳۰ روز)", SECOND), item(3, List.of(), null, null)), SECOND);
        MinutesData frozen = MinutesData.frozen(earlier, today, SECOND);
        assertEquals("کوار", frozen.countyFa());
        assertEquals(4, frozen.members());
        assertEquals(3, frozen.quorum());
        assertEquals(earlier.attendees(), frozen.attendees());
        assertEquals(earlier.item(1), frozen.item(1), "a decided item never changes");
        assertEquals(3, frozen.item(2).orElseThrow().votes().size(), "the new decision with its votes");
        assertEquals(List.of(1L, 2L, 3L), frozen.items().stream().map(MinutesData.Item::reportId).toList());
        assertEquals(SECOND, frozen.producedAt());
    }

    @Test
    void theRecordSurvivesItsJsonForm() {
        MinutesData frozen = atFirstDecision();
        assertEquals(frozen, MinutesJson.read(MinutesJson.write(frozen)));
    }

    @Test
    void theSameRecordRendersToTheSameBytesAndSaysWhatWasDecided() throws Exception {
        MinutesData frozen = atFirstDecision();
        byte[] first = new MinutesRenderer().render(frozen);
        byte[] again = new MinutesRenderer().render(MinutesJson.read(MinutesJson.write(frozen)));
        assertArrayEquals(first, again, "the SHA-256 kept at the decision matches every later copy");
        java.nio.file.Files.write(java.nio.file.Path.of("target", "minutes-frozen.pdf"), first);
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= MinutesRendererTest.pages(first); page++) {
            all.append(MinutesRendererTest.text(first, page)).append('\n');
        }
        String text = all.toString();
        // Brackets come out mirrored in visual order, so the quorum line is checked in its parts.
        assertTrue(MinutesRendererTest.containsEitherWay(text, "اعضای حاضر: ۴ از ۴"), text);
        assertTrue(MinutesRendererTest.containsEitherWay(text, "حد نصاب: ۳"), text);
        assertTrue(MinutesRendererTest.containsEitherWay(text, "پایان نیافته است"), "report 2 is pending: " + text);
        // Decided at 10:40 Tehran time.
        assertTrue(text.contains("۱۰:۴۰"), text);
    }
}
