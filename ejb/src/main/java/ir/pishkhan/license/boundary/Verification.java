package ir.pishkhan.license.boundary;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import ir.pishkhan.capacity.entity.Applicant;
import ir.pishkhan.license.control.LicenseNumbers;
import ir.pishkhan.license.entity.License;
import ir.pishkhan.license.entity.LicenseChanged;
import ir.pishkhan.license.entity.LicenseRefusals;
import ir.pishkhan.license.entity.LicenseStatus;
import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.shared.config.Setting;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;

/**
 * Public licence verification (استعلام پروانه): anyone with a licence number or its QR code sees
 * whether it is valid, for which office, where, until when, and the holder's name partly masked
 * — nothing more.
 *
 * <p>Open to everyone and read-only, so a plain CDI bean rather than an EJB: the busiest public
 * endpoint does not pay for an EJB's pool, security and transaction interceptors it would not use
 * (measured in docs/PERFORMANCE.md).
 *
 * <p>The answers are kept for {@code pishkhan.verification.cache-seconds} (default 30; 0 turns the
 * cache off), at most {@code pishkhan.verification.cache-size} licences (default 50,000) per node,
 * through Caffeine: the same certificates are scanned again and again. A licence written on this
 * node is forgotten at once and again when the transaction ends ({@link #forget}, observing
 * {@link LicenseChanged}), so a verification that read the old row in between cannot keep it; on
 * another node its answer is at most that many seconds old. Numbers that match no licence are
 * never kept.
 */
@ApplicationScoped
@PermitAll
public class Verification {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final int seconds = Setting.VERIFICATION_CACHE_SECONDS.integer();
    private final Cache<String, Result> answers = Caffeine.newBuilder()
            .maximumSize(Setting.VERIFICATION_CACHE_SIZE.integer())
            .expireAfterWrite(Duration.ofSeconds(Math.max(1, seconds)))
            .build();

    /** What the public may see of a licence. */
    public record Result(String number, LicenseStatus status, String statusFa, String officeName, String officeTypeFa,
                         String provinceFa, String countyFa, String locality, LocalDate issueDate, LocalDate expiryDate,
                         String holderMasked) implements java.io.Serializable {
    }

    /**
     * The answer for a licence number, kept from when it was asked lately; else one query that reads only the columns shown (a projection: no licence,
     * applicant or county entities are built), because this is the busiest public endpoint. Numbers of this system's
     * own shape and old registers' numbers alike ({@link LicenseNumbers#lookupForm}); a mistyped number of our own
     * shape is {@code LICENSE_NUMBER_INVALID}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Result verify(String number) {
        String key = LicenseNumbers.lookupForm(number);
        // A failure to load is thrown, not kept.
        return seconds <= 0 ? load(key) : answers.get(key, this::load);
    }

    /**
     * Forgets a licence's answer when the licence was written: at once, and once more after the
     * writing transaction completes.
     */
    void forget(@Observes LicenseChanged changed) {
        String number = changed.number();
        answers.invalidate(number);
        try {
            if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                transactions.registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                    }

                    @Override
                    public void afterCompletion(int status) {
                        answers.invalidate(number);
                    }
                });
            }
        } catch (IllegalStateException e) {
            // No transaction to wait for: the eviction above is all there is to do.
        }
    }

    private Result load(String number) {
        Object[] l = em.createNamedQuery(License.VERIFICATION, Object[].class).setParameter("number", number)
                .getResultStream().findFirst()
                .orElseThrow(() -> LicenseRefusals.notFound(number));
        LicenseStatus status = (LicenseStatus) l[1];
        return new Result((String) l[0], status, status.persianName(), (String) l[2], ((OfficeType) l[3]).persianName(),
                (String) l[4], (String) l[5], (String) l[6], (LocalDate) l[7], (LocalDate) l[8],
                Applicant.masked((String) l[9], (String) l[10]));
    }
}
