package ir.pishkhan.capacity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.error.ErrorKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class InvitationTest {

    private static final Instant INVITED_AT = Instant.parse("2025-01-01T09:00:00Z");
    private static final Instant ANSWERED_AT = Instant.parse("2025-01-20T10:00:00Z");
    private static final Instant LATER = Instant.parse("2025-03-01T10:00:00Z");
    private static final LocalDate DEADLINE = LocalDate.of(2025, 1, 31);

    private static Invitation invitation() {
        return new Invitation(CapacityFixtures.application(), DEADLINE, INVITED_AT);
    }

    @Test
    void constructingAnInvitationInvitesTheApplication() {
        Application a = CapacityFixtures.application();

        Invitation i = new Invitation(a, DEADLINE, INVITED_AT);

        assertSame(a, i.getApplication());
        assertEquals(ApplicationStatus.INVITED, a.getStatus());
        assertEquals(INVITED_AT, a.getStatusChangedAt());
        assertEquals(InvitationStatus.OPEN, i.getStatus());
        assertEquals(DEADLINE, i.getDeadline());
        assertEquals(INVITED_AT, i.getInvitedAt());
        assertNull(i.getRespondedAt());
    }

    @Test
    void anApplicationThatIsNotWaitingCannotBeInvited() {
        Application a = CapacityFixtures.application();
        new Invitation(a, DEADLINE, INVITED_AT);

        BusinessException e = assertThrows(BusinessException.class, () -> new Invitation(a, DEADLINE, LATER));

        assertEquals("APPLICATION_STATE", e.code());
        assertEquals(ApplicationStatus.INVITED, a.getStatus());
        assertEquals(INVITED_AT, a.getStatusChangedAt());
    }

    // ---- accept ----

    @Test
    void acceptBeforeTheDeadlineHoldsTheSlot() {
        Invitation i = invitation();

        i.accept(DEADLINE.minusDays(11), ANSWERED_AT);

        assertEquals(InvitationStatus.ACCEPTED, i.getStatus());
        assertEquals(ANSWERED_AT, i.getRespondedAt());
        assertEquals(ApplicationStatus.HOLDING_SLOT, i.getApplication().getStatus());
        assertEquals(ANSWERED_AT, i.getApplication().getStatusChangedAt());
    }

    @Test
    void acceptOnTheDeadlineDayIsInTime() {
        Invitation i = invitation();

        i.accept(DEADLINE, ANSWERED_AT);

        assertEquals(InvitationStatus.ACCEPTED, i.getStatus());
        assertEquals(ApplicationStatus.HOLDING_SLOT, i.getApplication().getStatus());
    }

    @Test
    void acceptOnTheInvitationDayIsInTime() {
        Invitation i = invitation();

        i.accept(LocalDate.of(2025, 1, 1), INVITED_AT);

        assertEquals(InvitationStatus.ACCEPTED, i.getStatus());
        assertEquals(ApplicationStatus.HOLDING_SLOT, i.getApplication().getStatus());
    }

    @Test
    void acceptAfterTheDeadlineIsRefusedAndChangesNothing() {
        Invitation i = invitation();

        BusinessException e = assertThrows(BusinessException.class, () -> i.accept(DEADLINE.plusDays(1), LATER));

        assertEquals("INVITATION_EXPIRED", e.code());
        assertEquals(ErrorKind.RULE, e.kind());
        assertUnanswered(i);
    }

    // ---- decline ----

    @Test
    void declineClosesTheApplication() {
        Invitation i = invitation();

        i.decline(ANSWERED_AT);

        assertEquals(InvitationStatus.DECLINED, i.getStatus());
        assertEquals(ANSWERED_AT, i.getRespondedAt());
        assertEquals(ApplicationStatus.CLOSED, i.getApplication().getStatus());
        assertEquals(ANSWERED_AT, i.getApplication().getStatusChangedAt());
    }

    // ---- lapse ----

    @Test
    void lapseBeforeTheDeadlineIsRefused() {
        Invitation i = invitation();

        BusinessException e = assertThrows(BusinessException.class, () -> i.lapse(DEADLINE.minusDays(1), LATER));

        assertEquals("INVITATION_NOT_EXPIRED", e.code());
        assertEquals(ErrorKind.RULE, e.kind());
        assertUnanswered(i);
    }

    @Test
    void lapseOnTheDeadlineDayIsRefused() {
        Invitation i = invitation();

        BusinessException e = assertThrows(BusinessException.class, () -> i.lapse(DEADLINE, LATER));

        assertEquals("INVITATION_NOT_EXPIRED", e.code());
        assertUnanswered(i);
    }

    @Test
    void lapseAfterTheDeadlineClosesTheApplication() {
        Invitation i = invitation();

        i.lapse(DEADLINE.plusDays(1), LATER);

        assertEquals(InvitationStatus.LAPSED, i.getStatus());
        assertEquals(LATER, i.getRespondedAt());
        assertEquals(ApplicationStatus.CLOSED, i.getApplication().getStatus());
        assertEquals(LATER, i.getApplication().getStatusChangedAt());
    }

    @Test
    void anExpiredInvitationCanStillLapseAfterARefusedAccept() {
        Invitation i = invitation();
        assertThrows(BusinessException.class, () -> i.accept(DEADLINE.plusDays(2), LATER));

        i.lapse(DEADLINE.plusDays(2), LATER);

        assertEquals(InvitationStatus.LAPSED, i.getStatus());
        assertEquals(ApplicationStatus.CLOSED, i.getApplication().getStatus());
    }

    // ---- no answer to a closed invitation ----

    enum Answer {
        ACCEPT_IN_TIME, ACCEPT_LATE, DECLINE, LAPSE_EARLY, LAPSE_LATE;

        void give(Invitation i) {
            switch (this) {
                case ACCEPT_IN_TIME -> i.accept(DEADLINE.minusDays(1), LATER);
                case ACCEPT_LATE -> i.accept(DEADLINE.plusDays(1), LATER);
                case DECLINE -> i.decline(LATER);
                case LAPSE_EARLY -> i.lapse(DEADLINE.minusDays(1), LATER);
                case LAPSE_LATE -> i.lapse(DEADLINE.plusDays(1), LATER);
            }
        }
    }

    /** An invitation answered once, at ANSWERED_AT, leaving it in {@code status}. */
    private static Invitation answered(InvitationStatus status) {
        Invitation i = invitation();
        switch (status) {
            case ACCEPTED -> i.accept(DEADLINE, ANSWERED_AT);
            case DECLINED -> i.decline(ANSWERED_AT);
            case LAPSED -> i.lapse(DEADLINE.plusDays(1), ANSWERED_AT);
            case OPEN -> throw new IllegalArgumentException("not answered");
        }
        return i;
    }

    static Stream<Arguments> closedInvitationsAndAnswers() {
        List<Arguments> all = new ArrayList<>();
        for (InvitationStatus s : List.of(InvitationStatus.ACCEPTED, InvitationStatus.DECLINED, InvitationStatus.LAPSED)) {
            for (Answer a : Answer.values()) {
                all.add(Arguments.of(s, a));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{1} to a {0} invitation")
    @MethodSource("closedInvitationsAndAnswers")
    void anyAnswerToAClosedInvitationIsRefused(InvitationStatus status, Answer answer) {
        Invitation i = answered(status);
        ApplicationStatus applicationStatus = i.getApplication().getStatus();

        BusinessException e = assertThrows(BusinessException.class, () -> answer.give(i));

        assertEquals("INVITATION_CLOSED", e.code());
        assertEquals(ErrorKind.RULE, e.kind());
        assertEquals(status, i.getStatus());
        assertEquals(ANSWERED_AT, i.getRespondedAt());
        assertEquals(applicationStatus, i.getApplication().getStatus());
        assertEquals(ANSWERED_AT, i.getApplication().getStatusChangedAt());
    }

    @ParameterizedTest
    @EnumSource(value = InvitationStatus.class, names = "OPEN", mode = EnumSource.Mode.EXCLUDE)
    void answeringTwiceLeavesTheFirstAnswer(InvitationStatus status) {
        Invitation i = answered(status);

        assertEquals("INVITATION_CLOSED", assertThrows(BusinessException.class, () -> i.decline(LATER)).code());
        assertEquals("INVITATION_CLOSED",
                assertThrows(BusinessException.class, () -> i.accept(DEADLINE, LATER)).code());
        assertEquals(status, i.getStatus());
    }

    private static void assertUnanswered(Invitation i) {
        assertEquals(InvitationStatus.OPEN, i.getStatus());
        assertNull(i.getRespondedAt());
        assertEquals(ApplicationStatus.INVITED, i.getApplication().getStatus());
        assertEquals(INVITED_AT, i.getApplication().getStatusChangedAt());
    }
}
