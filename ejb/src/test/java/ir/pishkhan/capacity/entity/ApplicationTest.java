package ir.pishkhan.capacity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.error.ErrorKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ApplicationTest {

    private static final Instant T0 = CapacityFixtures.SUBMITTED;
    private static final Instant T1 = T0.plusSeconds(3600);
    private static final Instant T2 = T0.plusSeconds(7200);
    private static final Instant T3 = T0.plusSeconds(10_800);
    private static final Instant LATER = T0.plusSeconds(86_400);

    private static Application newApplication(String locality, OfficeType type, Set<RequiredDocument> docs) {
        return new Application(CapacityFixtures.applicant(), CapacityFixtures.kazerun(), type, locality, docs, null, T0);
    }

    private static Application waiting() {
        return newApplication("کازرون", OfficeType.GOVERNMENT_COUNTER, EnumSet.noneOf(RequiredDocument.class));
    }

    // ---- creation ----

    @Test
    void aNewApplicationIsWaitingWithNormalisedLocality() {
        // «شاهين شهر» typed with Arabic yeh, a tab, non-breaking spaces and an RLM.
        Application a = new Application(CapacityFixtures.applicant(), CapacityFixtures.kazerun(),
                OfficeType.RURAL_ICT, " \u200Fشاه\u064Aن\t\u00A0 شهر  ", Set.of(RequiredDocument.PHOTO), 12, T0);

        assertEquals(ApplicationStatus.WAITING, a.getStatus());
        assertEquals("شاهین شهر", a.getProposedLocality());
        assertEquals(OfficeType.RURAL_ICT, a.getOfficeType());
        assertEquals(12, a.getPriorityScore());
        assertEquals(T0, a.getSubmittedAt());
        assertEquals(T0, a.getStatusChangedAt());
        assertEquals(723L, a.getCounty().getId());
        assertEquals("0499370899", a.getApplicant().getNationalCode());
        assertEquals(EnumSet.of(RequiredDocument.PHOTO), a.getDocuments());
    }

    @Test
    void arabicKafInLocalityIsReplaced() {
        Application a = newApplication("\u0643وهرنگ", OfficeType.RURAL_ICT, null);

        assertEquals("\u06A9وهرنگ", a.getProposedLocality());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n", "\u00A0\u00A0", "\u200C", "\u200F\u0640"})
    void blankLocalityIsRefused(String locality) {
        BusinessException e = assertThrows(BusinessException.class,
                () -> newApplication(locality, OfficeType.GOVERNMENT_COUNTER, null));

        assertEquals("LOCALITY_REQUIRED", e.code());
        assertEquals(ErrorKind.INVALID, e.kind());
    }

    @Test
    void localityOfHundredCharactersIsAcceptedAndLongerRefused() {
        assertEquals(100, newApplication("ک".repeat(100), OfficeType.GOVERNMENT_COUNTER, null)
                .getProposedLocality().length());

        BusinessException e = assertThrows(BusinessException.class,
                () -> newApplication("ک".repeat(101), OfficeType.GOVERNMENT_COUNTER, null));
        assertEquals("LOCALITY_REQUIRED", e.code());
    }

    @Test
    void nullOfficeTypeIsRefused() {
        BusinessException e = assertThrows(BusinessException.class, () -> newApplication("کازرون", null, null));

        assertEquals("OFFICE_TYPE_REQUIRED", e.code());
        assertEquals(ErrorKind.INVALID, e.kind());
    }

    // ---- documents ----

    @Test
    void withNoDocumentsEveryDocumentIsMissing() {
        Application a = newApplication("کازرون", OfficeType.GOVERNMENT_COUNTER, null);

        assertEquals(EnumSet.noneOf(RequiredDocument.class), a.getDocuments());
        assertEquals(EnumSet.allOf(RequiredDocument.class), a.missingDocuments());
    }

    @Test
    void missingDocumentsListsExactlyTheUncheckedOnes() {
        Set<RequiredDocument> checked = EnumSet.of(RequiredDocument.NATIONAL_ID_CARD, RequiredDocument.PHOTO,
                RequiredDocument.CRIMINAL_RECORD_CLEARANCE);
        Application a = newApplication("کازرون", OfficeType.GOVERNMENT_COUNTER, checked);

        assertEquals(EnumSet.of(RequiredDocument.BIRTH_CERTIFICATE, RequiredDocument.EDUCATION_CERTIFICATE,
                RequiredDocument.MILITARY_SERVICE_STATUS, RequiredDocument.NO_ADDICTION_CERTIFICATE,
                RequiredDocument.PREMISES_DEED_OR_LEASE), a.missingDocuments());
    }

    @Test
    void noDocumentIsMissingWhenAllAreChecked() {
        Application a = newApplication("کازرون", OfficeType.GOVERNMENT_COUNTER, EnumSet.allOf(RequiredDocument.class));

        assertTrue(a.missingDocuments().isEmpty());
        assertEquals(EnumSet.allOf(RequiredDocument.class), a.getDocuments());
    }

    @ParameterizedTest
    @EnumSource(RequiredDocument.class)
    void eachSingleDocumentRoundTripsAndIsTheOnlyOneNotMissing(RequiredDocument doc) {
        Application a = waiting();

        a.checkDocuments(Set.of(doc));

        assertEquals(EnumSet.of(doc), a.getDocuments());
        assertEquals(EnumSet.complementOf(EnumSet.of(doc)), a.missingDocuments());
    }

    @Test
    void everySubsetOfDocumentsRoundTrips() {
        RequiredDocument[] all = RequiredDocument.values();
        Application a = waiting();
        for (int mask = 0; mask < (1 << all.length); mask++) {
            Set<RequiredDocument> docs = EnumSet.noneOf(RequiredDocument.class);
            for (int i = 0; i < all.length; i++) {
                if ((mask & (1 << i)) != 0) {
                    docs.add(all[i]);
                }
            }

            a.checkDocuments(docs);

            assertEquals(docs, a.getDocuments(), "mask " + mask);
            Set<RequiredDocument> missing = EnumSet.allOf(RequiredDocument.class);
            missing.removeAll(docs);
            assertEquals(missing, a.missingDocuments(), "mask " + mask);
        }
    }

    @Test
    void checkDocumentsReplacesThePreviousSelection() {
        Application a = newApplication("کازرون", OfficeType.GOVERNMENT_COUNTER, EnumSet.allOf(RequiredDocument.class));

        a.checkDocuments(Set.of(RequiredDocument.BIRTH_CERTIFICATE));
        assertEquals(EnumSet.of(RequiredDocument.BIRTH_CERTIFICATE), a.getDocuments());

        a.checkDocuments(null);
        assertEquals(EnumSet.noneOf(RequiredDocument.class), a.getDocuments());
        assertEquals(EnumSet.allOf(RequiredDocument.class), a.missingDocuments());
    }

    @Test
    void getDocumentsIsACopy() {
        Application a = newApplication("کازرون", OfficeType.GOVERNMENT_COUNTER, EnumSet.of(RequiredDocument.PHOTO));

        a.getDocuments().add(RequiredDocument.BIRTH_CERTIFICATE);

        assertEquals(EnumSet.of(RequiredDocument.PHOTO), a.getDocuments());
    }

    // ---- the waitlist's legal paths ----

    @Test
    void legalPathFromWaitingThroughInvitationToLicence() {
        Application a = waiting();

        a.invited(T1);
        assertEquals(ApplicationStatus.INVITED, a.getStatus());
        assertEquals(T1, a.getStatusChangedAt());

        a.acceptedInvitation(T2);
        assertEquals(ApplicationStatus.HOLDING_SLOT, a.getStatus());
        assertEquals(T2, a.getStatusChangedAt());

        a.licensed(T3);
        assertEquals(ApplicationStatus.LICENSED, a.getStatus());
        assertEquals(T3, a.getStatusChangedAt());
        assertEquals(T0, a.getSubmittedAt());
    }

    @Test
    void headOfLineMayBeLicensedDirectlyFromWaiting() {
        Application a = waiting();

        a.licensed(T1);

        assertEquals(ApplicationStatus.LICENSED, a.getStatus());
        assertEquals(T1, a.getStatusChangedAt());
    }

    @Test
    void invitedApplicationMayBeClosed() {
        Application a = waiting();
        a.invited(T1);

        a.closed(T2);

        assertEquals(ApplicationStatus.CLOSED, a.getStatus());
        assertEquals(T2, a.getStatusChangedAt());
    }

    @Test
    void withdrawFromWaitingFreesNoSlot() {
        Application a = waiting();

        assertFalse(a.withdraw(T1));
        assertEquals(ApplicationStatus.WITHDRAWN, a.getStatus());
        assertEquals(T1, a.getStatusChangedAt());
    }

    @Test
    void withdrawFromInvitedFreesTheSlot() {
        Application a = waiting();
        a.invited(T1);

        assertTrue(a.withdraw(T2));
        assertEquals(ApplicationStatus.WITHDRAWN, a.getStatus());
        assertEquals(T2, a.getStatusChangedAt());
    }

    @Test
    void withdrawFromHoldingSlotFreesTheSlot() {
        Application a = waiting();
        a.invited(T1);
        a.acceptedInvitation(T2);

        assertTrue(a.withdraw(T3));
        assertEquals(ApplicationStatus.WITHDRAWN, a.getStatus());
        assertEquals(T3, a.getStatusChangedAt());
    }

    // ---- illegal transitions ----

    @Test
    void acceptingAnInvitationOnAWaitingApplicationIsRefused() {
        assertRefused(waiting(), (a, t) -> a.acceptedInvitation(t), ApplicationStatus.WAITING);
    }

    @Test
    void invitingAnApplicationHoldingASlotIsRefused() {
        Application a = waiting();
        a.invited(T1);
        a.acceptedInvitation(T2);

        assertRefused(a, (x, t) -> x.invited(t), ApplicationStatus.HOLDING_SLOT);
    }

    @Test
    void licensingAnInvitedApplicationIsRefused() {
        Application a = waiting();
        a.invited(T1);

        assertRefused(a, (x, t) -> x.licensed(t), ApplicationStatus.INVITED);
    }

    @Test
    void withdrawingALicensedApplicationIsRefused() {
        Application a = waiting();
        a.licensed(T1);

        assertRefused(a, (x, t) -> x.withdraw(t), ApplicationStatus.LICENSED);
    }

    private static void assertRefused(Application a, BiConsumer<Application, Instant> event, ApplicationStatus status) {
        Instant before = a.getStatusChangedAt();

        BusinessException e = assertThrows(BusinessException.class, () -> event.accept(a, LATER));

        assertEquals("APPLICATION_STATE", e.code());
        assertEquals(ErrorKind.RULE, e.kind());
        assertEquals(status, a.getStatus());
        assertEquals(before, a.getStatusChangedAt());
    }

    // ---- the full transition table: every event from every status ----

    enum Event {
        INVITED, ACCEPTED_INVITATION, CLOSED, LICENSED, WITHDRAW;

        void fire(Application a, Instant t) {
            switch (this) {
                case INVITED -> a.invited(t);
                case ACCEPTED_INVITATION -> a.acceptedInvitation(t);
                case CLOSED -> a.closed(t);
                case LICENSED -> a.licensed(t);
                case WITHDRAW -> a.withdraw(t);
            }
        }
    }

    /** An application brought to {@code status} by legal events only. */
    private static Application inStatus(ApplicationStatus status) {
        Application a = waiting();
        switch (status) {
            case WAITING -> { }
            case INVITED -> a.invited(T1);
            case HOLDING_SLOT -> {
                a.invited(T1);
                a.acceptedInvitation(T2);
            }
            case LICENSED -> a.licensed(T1);
            case WITHDRAWN -> a.withdraw(T1);
            case CLOSED -> {
                a.invited(T1);
                a.closed(T2);
            }
        }
        assertEquals(status, a.getStatus());
        return a;
    }

    /** The statuses an event leads to, for every status it is allowed from; everything else is refused. */
    private static ApplicationStatus expected(ApplicationStatus from, Event event) {
        return switch (event) {
            case INVITED -> from == ApplicationStatus.WAITING ? ApplicationStatus.INVITED : null;
            case ACCEPTED_INVITATION -> from == ApplicationStatus.INVITED ? ApplicationStatus.HOLDING_SLOT : null;
            case CLOSED -> from == ApplicationStatus.INVITED ? ApplicationStatus.CLOSED : null;
            case LICENSED -> from == ApplicationStatus.WAITING || from == ApplicationStatus.HOLDING_SLOT
                    ? ApplicationStatus.LICENSED : null;
            case WITHDRAW -> from == ApplicationStatus.WAITING || from == ApplicationStatus.INVITED
                    || from == ApplicationStatus.HOLDING_SLOT ? ApplicationStatus.WITHDRAWN : null;
        };
    }

    static Stream<Arguments> everyStatusAndEvent() {
        List<Arguments> all = new ArrayList<>();
        for (ApplicationStatus s : ApplicationStatus.values()) {
            for (Event e : Event.values()) {
                all.add(Arguments.of(s, e));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("everyStatusAndEvent")
    void transitionTable(ApplicationStatus from, Event event) {
        Application a = inStatus(from);
        Instant before = a.getStatusChangedAt();
        ApplicationStatus to = expected(from, event);

        if (to == null) {
            BusinessException e = assertThrows(BusinessException.class, () -> event.fire(a, LATER));
            assertEquals("APPLICATION_STATE", e.code());
            assertEquals(from, a.getStatus());
            assertEquals(before, a.getStatusChangedAt());
        } else {
            event.fire(a, LATER);
            assertEquals(to, a.getStatus());
            assertEquals(LATER, a.getStatusChangedAt());
        }
    }
}
