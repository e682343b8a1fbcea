package ir.pishkhan.demo.control;

import ir.pishkhan.audit.control.AuditLog;
import ir.pishkhan.capacity.entity.Applicant;
import ir.pishkhan.capacity.entity.Application;
import ir.pishkhan.capacity.entity.CapacityBook;
import ir.pishkhan.capacity.entity.CapacityChange;
import ir.pishkhan.capacity.entity.Education;
import ir.pishkhan.capacity.entity.RequiredDocument;
import ir.pishkhan.health.control.ReadyAnnouncement;
import ir.pishkhan.license.control.LicenseNumbers;
import ir.pishkhan.license.entity.License;
import ir.pishkhan.license.entity.LicenseGrant;
import ir.pishkhan.license.entity.OfficeSite;
import ir.pishkhan.license.entity.Validity;
import ir.pishkhan.license.entity.Payment;
import ir.pishkhan.license.entity.ServiceContract;
import ir.pishkhan.office.entity.Agency;
import ir.pishkhan.security.control.PasswordHasher;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.security.entity.ScopeType;
import ir.pishkhan.security.entity.UserAccount;
import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.shared.identity.NationalCode;
import ir.pishkhan.shared.text.PersianNumbers;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.logging.Logger;

/**
 * Demo licensing data, only once: Kavar (Fars) saturated with two applicants waiting, one of its
 * licences in the renewal window and one expiring later in the year; Shiraz with free capacity
 * for direct issuance. Part of the test and demo overlay only (the production EAR does not
 * contain it). Waits for the schema, the provinces and counties and the accounts it builds on.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrations", "AccountSeeding", "DemoAccounts"})
public class DemoLicensing {

    private static final Logger LOG = Logger.getLogger(DemoLicensing.class.getName());

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    PasswordHasher hasher;

    @Inject
    ir.pishkhan.capacity.control.Slots slots;

    private int serial = 100_000_000;

    /**
     * Seeds the demo data on an empty database, then says where to sign in. The production
     * announcement ("Pishkhan is ready at …") may come before this bean has run, since the
     * overlay is a module of its own; this line comes last, once the demo data is in place.
     */
    @PostConstruct
    void start() {
        seed();
        LOG.info(() -> "Pishkhan demo is ready at " + ReadyAnnouncement.url() + " — sign in as kavar.clerk, admin, auditor, …"
                + " with the password " + DemoAccounts.PASSWORD);
    }

    private void seed() {
        County kavar = county("Kavar");
        County shiraz = county("Shiraz");
        if (kavar == null || shiraz == null || !em.createNamedQuery(CapacityBook.OF_COUNTY, CapacityBook.class)
                .setParameter("countyId", kavar.getId()).getResultList().isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        CapacityBook kavarBook = book(kavar, 3);
        License kavarOne = license(kavarBook, "مریم", "کاظمی", "دفتر پیشخوان شمارهٔ ۱ کوار", today.minusYears(5).plusDays(45));
        license(kavarBook, "علی", "رضایی", "دفتر پیشخوان شمارهٔ ۲ کوار", today.minusYears(5).plusDays(150));
        license(kavarBook, "زهرا", "محمدی", "دفتر پیشخوان شمارهٔ ۳ کوار", today.minusYears(1));
        waiting(kavar, "حسین", "احمدی");
        waiting(kavar, "فاطمه", "نوری");
        CapacityBook shirazBook = book(shiraz, 10);
        license(shirazBook, "رضا", "کریمی", "دفتر پیشخوان شمارهٔ ۱ شیراز", today.minusYears(2));
        // The compliance tour: the gas and electricity companies work with Kavar office 1, whose
        // manager signs in as kavar.office1 to read notices and defend the office.
        em.persist(new ServiceContract(kavarOne, Agency.GAS, "قبض، انشعاب و تغییر نام گاز", today.minusYears(2), clock.instant()));
        em.persist(new ServiceContract(kavarOne, Agency.ELECTRICITY, "قبض و انشعاب برق", today.minusYears(2), clock.instant()));
        officeManager("kavar.office1", "مریم کاظمی — مدیر دفتر شمارهٔ ۱ کوار", kavarOne);
        LOG.info("Demo licensing data created: Kavar saturated with two applicants waiting; Shiraz with free capacity.");
    }

    private County county(String nameEn) {
        return em.createQuery("SELECT c FROM County c WHERE c.province.code = 'IR-07' AND c.nameEn = :name", County.class)
                .setParameter("name", nameEn).getResultStream().findFirst().orElse(null);
    }

    private CapacityBook book(County county, int capacity) {
        CapacityBook book = new CapacityBook(county, OfficeType.GOVERNMENT_COUNTER, capacity);
        em.persist(book);
        em.persist(new CapacityChange(book, null, capacity, LocalDate.now(clock), "ظرفیت نمایشی", "system", clock.instant()));
        return book;
    }

    private Applicant person(String first, String last) {
        String nine = String.valueOf(++serial).substring(0, 9);
        NationalCode code = NationalCode.of(nine + NationalCode.checkDigit(nine));
        Applicant a = new Applicant(code, first, last, "0917" + nine.substring(2), null, Education.BACHELOR, clock.instant());
        em.persist(a);
        return a;
    }

    private void officeManager(String username, String displayName, License license) {
        if (!em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", username)
                .getResultList().isEmpty()) {
            return;
        }
        UserAccount user = new UserAccount(username, displayName, hasher.hash(DemoAccounts.PASSWORD), clock.instant());
        user.grant(Role.OFFICE_MANAGER, ScopeType.OFFICE, license.getId(), null, "system", clock.instant());
        em.persist(user);
        em.flush();
        audit.record("system", new AuditLog.Change("USER_CREATED", "UserAccount", username,
                license.getCounty().getProvince().getId(), license.getCounty().getId(), null, user.snapshot(),
                "حساب نمایشی (حالت نمایشی)"));
    }

    private License license(CapacityBook book, String first, String last, String office, LocalDate issued) {
        Applicant holder = person(first, last);
        Application application = new Application(holder, book.getCounty(), book.getOfficeType(), book.getCounty().getNameFa(),
                EnumSet.allOf(RequiredDocument.class), null, clock.instant());
        em.persist(application);
        slots.take(book);
        application.licensed(clock.instant());
        em.flush();
        License license = License.issue(new LicenseGrant(LicenseNumbers.format(book.getCounty().getId(), book.getOfficeType(),
                        book.takeSerial()), holder, book.getCounty(), book.getOfficeType(), application.getId()),
                new OfficeSite(office, "خیابان اصلی، پلاک " + PersianNumbers.digits(serial % 100), book.getCounty().getNameFa()),
                new Validity(issued, 5), "system", clock.instant());
        em.persist(license);
        em.persist(new Payment(license, Payment.Kind.ISSUANCE, 500_000_000L, "DEMO-" + license.getNumber(), clock.instant()));
        em.flush();
        audit.record("system", new AuditLog.Change("LICENSE_ISSUED", "License", license.getNumber(),
                book.getCounty().getProvince().getId(), book.getCounty().getId(), null, license.snapshot(), "دادهٔ نمایشی"));
        return license;
    }

    private void waiting(County county, String first, String last) {
        Application application = new Application(person(first, last), county, OfficeType.GOVERNMENT_COUNTER,
                county.getNameFa(), EnumSet.allOf(RequiredDocument.class), null, clock.instant());
        em.persist(application);
    }
}
