package ir.pishkhan.license.control;

import ir.pishkhan.license.entity.License;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Entity listener of {@link License}: when a licence is written, its public verification answer
 * on this node is forgotten, once at the write and once more after the transaction ends — so a
 * verification that read the old row in between cannot keep it.
 */
public class LicenseChanges {

    @PostUpdate
    @PostRemove
    void changed(License license) {
        String number = license.getNumber();
        VerificationCache cache = CDI.current().select(VerificationCache.class).get();
        cache.evict(number);
        try {
            TransactionSynchronizationRegistry tx = (TransactionSynchronizationRegistry)
                    new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
            if (tx.getTransactionStatus() == Status.STATUS_ACTIVE) {
                tx.registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                    }

                    @Override
                    public void afterCompletion(int status) {
                        cache.evict(number);
                    }
                });
            }
        } catch (NamingException | IllegalStateException e) {
            // No transaction to wait for: the eviction above is all there is to do.
        }
    }
}
