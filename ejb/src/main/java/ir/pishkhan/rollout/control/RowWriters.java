package ir.pishkhan.rollout.control;

import ir.pishkhan.capacity.control.Applicants;
import ir.pishkhan.capacity.entity.Applicant;
import ir.pishkhan.capacity.entity.Application;
import ir.pishkhan.capacity.entity.ApplicationStatus;
import ir.pishkhan.capacity.entity.CapacityBook;
import ir.pishkhan.capacity.entity.CapacityChange;
import ir.pishkhan.license.control.LicenseNumbers;
import ir.pishkhan.license.entity.License;
import ir.pishkhan.license.entity.LicenseNumber;
import ir.pishkhan.license.entity.LicenseGrant;
import ir.pishkhan.license.entity.OfficeSite;
import ir.pishkhan.license.entity.ServiceContract;
import ir.pishkhan.notification.control.Outbox;
import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.place.entity.Province;
import ir.pishkhan.rollout.entity.RowOutcome;
import ir.pishkhan.security.control.AccountImport;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.security.entity.ScopeType;
import ir.pishkhan.shared.audit.Audited;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.time.ClockProducer;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Writes one typed row of a committed import into the register, idempotently by its natural key:
 * capacity by county and office type, a licence by its number, a contract by licence number and
 * agency, a waitlist application by national code, county and office type, an account by its
 * username (and its grant). A row finds its object missing (CREATED), different (UPDATED) or as
 * the file has it (UNCHANGED: nothing written, nothing audited), or cannot be written (FAILED,
 * with a Persian reason); so the same file twice changes nothing the second time.
 *
 * <p>Runs in the batch job's chunk transaction ({@link ImportChunks}), which has locked the import
 * and the capacity books the chunk touches first. A row that cannot be written is found out before
 * anything of it is written, and nothing here throws an expected refusal through a transactional
 * boundary, so one row's failure never rolls back the rows beside it. The audit records are not
 * written here: each created or changed object is handed back as a {@link Pending} record that the
 * chunk appends at its end, when the trail's head is locked last.
 *
 * <p>Capacity rows never invite anyone; licences occupy their slots whether or not the county has
 * room ({@link CapacityBook#occupyImported()}); every row's county is checked again to lie in the
 * import's province.
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class RowWriters {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    Applicants applicants;

    @Inject
    AccountImport accounts;

    @Inject
    Outbox outbox;

    @Inject
    ImportSecrets secrets;

    /** The committed import a chunk writes for: its province, fingerprint, who committed it and when the chunk runs. */
    public record Commit(long importId, Province province, String sha256, String actor, Instant now) {
        LocalDate today() {
            return LocalDate.ofInstant(now, ClockProducer.TEHRAN);
        }
    }

    /** An audit record still to append: the object, its state before (null when created) and the reason. */
    public record Pending(Audited subject, Map<String, Object> before, String reason) {
    }

    /** What writing a row did; {@code failure} (Persian) only for FAILED. */
    public record Written(RowOutcome outcome, String failure) {
        static Written failed(String why) {
            return new Written(RowOutcome.FAILED, why);
        }
    }

    /**
     * Writes a checked row. {@code books}: the capacity books of the chunk's slots, locked (a book
     * created here is added); {@code audits} collects the records to append.
     */
    public Written write(Commit commit, Rows.Staged staged, Object row, Map<Slot, CapacityBook> books,
                         List<Pending> audits, List<ir.pishkhan.audit.control.AuditLog.Change> accountAudits) {
        String reason = Provenance.reason(commit.sha256(), staged.sheet(), staged.rowNo());
        try {
            if (row instanceof Rows.CapacityRow r) {
                return capacity(commit, r, reason, books, audits);
            } else if (row instanceof Rows.LicenceRow r) {
                return licence(commit, r, reason, books, audits);
            } else if (row instanceof Rows.ContractRow r) {
                return contract(commit, r, reason, audits);
            } else if (row instanceof Rows.WaitlistRow r) {
                return waitlist(commit, staged.rowNo(), r, reason, audits);
            } else if (row instanceof Rows.AccountRow r) {
                return account(commit, r, reason, accountAudits);
            }
            throw new IllegalArgumentException("Not a row of an import: " + row);
        } catch (BusinessException e) {
            // An entity's own refusal, thrown before it changed anything (see each entity method).
            return Written.failed(Cells.withoutStop(e.persianMessage()));
        }
    }

    private Written capacity(Commit commit, Rows.CapacityRow r, String reason, Map<Slot, CapacityBook> books,
                             List<Pending> audits) {
        County county = county(commit, r.countyId());
        if (county == null) {
            return outsideProvince(commit);
        }
        Slot slot = new Slot(r.countyId(), r.officeType());
        CapacityBook book = books.get(slot);
        if (book == null) {
            book = new CapacityBook(county, r.officeType(), r.capacity());
            em.persist(book);
            em.persist(new CapacityChange(book, null, r.capacity(), commit.today(), reason, commit.actor(), commit.now()));
            books.put(slot, book);
            audits.add(new Pending(book, null, reason));
            return new Written(RowOutcome.CREATED, null);
        }
        if (book.getCapacity() == r.capacity()) {
            return new Written(RowOutcome.UNCHANGED, null);
        }
        Map<String, Object> before = book.snapshot();
        int old = book.getCapacity();
        book.setCapacity(r.capacity());
        // Raising it here offers nobody a slot: the roll-out records capacity, it does not act on it.
        em.persist(new CapacityChange(book, old, r.capacity(), commit.today(), reason, commit.actor(), commit.now()));
        audits.add(new Pending(book, before, reason));
        return new Written(RowOutcome.UPDATED, null);
    }

    private Written licence(Commit commit, Rows.LicenceRow r, String reason, Map<Slot, CapacityBook> books,
                            List<Pending> audits) {
        County county = county(commit, r.countyId());
        if (county == null) {
            return outsideProvince(commit);
        }
        CapacityBook book = books.get(new Slot(r.countyId(), r.officeType()));
        if (book == null) {
            return Written.failed("برای «" + r.officeType().persianName() + "» در شهرستان «" + county.getNameFa()
                    + "» ظرفیتی ثبت نیست؛ نخست ظرفیت را وارد کنید");
        }
        OfficeSite office = new OfficeSite(r.officeName(), r.address(), r.locality());
        License existing = licenceNumbered(r.number());
        if (existing != null) {
            if (!existing.getCounty().getProvince().getId().equals(commit.province().getId())) {
                return Written.failed("این شماره در سامانه برای پروانهٔ دفتری در استان «"
                        + existing.getCounty().getProvince().getNameFa() + "» ثبت شده است");
            }
            Map<String, Object> before = existing.snapshot();
            boolean changed = existing.reimport(() -> applicants.register(r.holder()), county, r.officeType(), office,
                    r.issueDate(), r.expiryDate(), r.status(), r.suspendedUntil(), r.revokedOn(), reason, commit.actor(),
                    commit.now());
            serialOf(r.number(), book);
            if (!changed) {
                return new Written(RowOutcome.UNCHANGED, null);
            }
            audits.add(new Pending(existing, before, reason));
            return new Written(RowOutcome.UPDATED, null);
        }
        Applicant holder = applicants.register(r.holder());
        License licence = License.imported(new LicenseGrant(r.number(), holder, county, r.officeType(), null), office,
                r.issueDate(), r.expiryDate(), r.status(), r.suspendedUntil(), r.revokedOn(), reason, commit.actor(),
                commit.now());
        em.persist(licence);
        if (r.status().occupiesSlot()) {
            book.occupyImported();
        }
        serialOf(r.number(), book);
        audits.add(new Pending(licence, null, reason));
        return new Written(RowOutcome.CREATED, null);
    }

    /** A number of this system's shape moves its book's serials past it, so a new issue never repeats it. */
    private static void serialOf(String number, CapacityBook book) {
        LicenseNumber parsed = LicenseNumbers.parse(number);
        if (parsed.isIssuedHere()) {
            book.serialIssued(parsed.serial());
        }
    }

    private Written contract(Commit commit, Rows.ContractRow r, String reason, List<Pending> audits) {
        License licence = licenceNumbered(r.number());
        if (licence == null) {
            return Written.failed("پروانه‌ای با شمارهٔ «" + r.number() + "» در سامانه نیست");
        }
        if (!licence.getCounty().getProvince().getId().equals(commit.province().getId())) {
            return Written.failed("پروانهٔ «" + r.number() + "» از آنِ دفتری در استان «"
                    + licence.getCounty().getProvince().getNameFa() + "» است");
        }
        // A current contract with the agency if there is one, else the latest ended one.
        List<ServiceContract> found = em.createQuery("SELECT c FROM ServiceContract c WHERE c.license = :l AND c.agency = :a"
                        + " ORDER BY CASE WHEN c.status = ir.pishkhan.license.entity.ServiceContract.Status.ENDED THEN 1 ELSE 0 END,"
                        + " c.id DESC", ServiceContract.class)
                .setParameter("l", licence).setParameter("a", r.agency()).setMaxResults(1).getResultList();
        if (found.isEmpty()) {
            ServiceContract c = ServiceContract.imported(licence, r.agency(), r.services(), r.since(), r.status(),
                    "وضعیت در سامانهٔ پیشین", commit.now());
            em.persist(c);
            audits.add(new Pending(c, null, reason));
            return new Written(RowOutcome.CREATED, null);
        }
        ServiceContract c = found.get(0);
        Map<String, Object> before = c.snapshot();
        if (!c.reimport(r.services(), r.since(), r.status())) {
            return new Written(RowOutcome.UNCHANGED, null);
        }
        audits.add(new Pending(c, before, reason));
        return new Written(RowOutcome.UPDATED, null);
    }

    private Written waitlist(Commit commit, int rowNo, Rows.WaitlistRow r, String reason, List<Pending> audits) {
        County county = county(commit, r.countyId());
        if (county == null) {
            return outsideProvince(commit);
        }
        Applicant applicant = applicants.register(r.person());
        List<Application> open = applicant.getId() == null ? List.of()
                : em.createQuery("SELECT a FROM Application a WHERE a.applicant = :p AND a.county = :c AND a.officeType = :t"
                        + " AND a.status IN :open ORDER BY a.id", Application.class)
                .setParameter("p", applicant).setParameter("c", county).setParameter("t", r.officeType())
                .setParameter("open", List.of(ApplicationStatus.WAITING, ApplicationStatus.INVITED, ApplicationStatus.HOLDING_SLOT))
                .getResultList();
        if (!open.isEmpty()) {
            Application a = open.get(0);
            Map<String, Object> before = a.snapshot();
            if (!a.reimport(r.locality(), r.documents())) {
                return new Written(RowOutcome.UNCHANGED, null);
            }
            audits.add(new Pending(a, before, reason));
            return new Written(RowOutcome.UPDATED, null);
        }
        // Its historical day, and within the day the file's order: the row number, in milliseconds.
        Instant submitted = r.appliedOn().atStartOfDay(ClockProducer.TEHRAN).toInstant().plusMillis(rowNo);
        Application a = Application.imported(applicant, county, r.officeType(), r.locality(), r.documents(), submitted,
                commit.now());
        em.persist(a);
        audits.add(new Pending(a, null, reason));
        return new Written(RowOutcome.CREATED, null);
    }

    private Written account(Commit commit, Rows.AccountRow r, String reason,
                            List<ir.pishkhan.audit.control.AuditLog.Change> accountAudits) {
        ScopeType scope;
        long ref;
        Long countyId = null;
        if (r.role() == Role.OFFICE_MANAGER) {
            License office = licenceNumbered(r.officeNumber());
            if (office == null || !office.getCounty().getProvince().getId().equals(commit.province().getId())) {
                return Written.failed("پروانه‌ای با شمارهٔ «" + r.officeNumber() + "» در این استان ثبت نیست");
            }
            scope = ScopeType.OFFICE;
            ref = office.getId();
            countyId = office.getCounty().getId();
        } else if (r.countyId() != null) {
            if (county(commit, r.countyId()) == null) {
                return outsideProvince(commit);
            }
            scope = ScopeType.COUNTY;
            ref = r.countyId();
            countyId = r.countyId();
        } else {
            scope = ScopeType.PROVINCE;
            ref = commit.province().getId();
        }
        AccountImport.Result result = accounts.bringIn(new AccountImport.Account(r.username(), r.displayName(), r.role(),
                scope, ref, r.agency(), countyId, r.mobile(), r.email()), commit.province(), commit.actor(), reason);
        if (result.audit() != null) {
            accountAudits.add(result.audit());
        }
        return switch (result.outcome()) {
            case REFUSED -> Written.failed(result.refusal());
            case UNCHANGED -> new Written(RowOutcome.UNCHANGED, null);
            case UPDATED -> new Written(RowOutcome.UPDATED, null);
            case CREATED -> {
                deliver(commit, r, result.oneTimePassword());
                yield new Written(RowOutcome.CREATED, null);
            }
        };
    }

    /**
     * The one-time password of a created account: by SMS to its mobile, else by e-mail, else kept
     * for the importing administrator to read once ({@link ImportSecrets}).
     */
    private void deliver(Commit commit, Rows.AccountRow r, String password) {
        Map<String, Object> params = Map.of("displayName", r.displayName(), "username", r.username(), "password", password);
        String key = "ACCOUNT_IMPORTED:" + commit.importId() + ":" + r.username();
        if (r.mobile() != null) {
            outbox.queue(key, Outbox.Recipient.mobile(r.mobile()), "ACCOUNT_IMPORTED", params);
        } else if (r.email() != null) {
            outbox.queue(key, Outbox.Recipient.email(r.email()), "ACCOUNT_IMPORTED", params);
        } else {
            secrets.keep(commit.importId(), r.username(), password);
        }
    }

    /** The county, if it lies in the import's province (checked again: the file named it by name). */
    private County county(Commit commit, long countyId) {
        County county = em.find(County.class, countyId);
        return county != null && county.getProvince().getId().equals(commit.province().getId()) ? county : null;
    }

    private static Written outsideProvince(Commit commit) {
        return Written.failed("شهرستان این ردیف در استان " + commit.province().getNameFa() + " نیست");
    }

    private License licenceNumbered(String number) {
        return em.createNamedQuery(License.BY_NUMBER, License.class).setParameter("number", number).getResultStream()
                .findFirst().orElse(null);
    }
}
