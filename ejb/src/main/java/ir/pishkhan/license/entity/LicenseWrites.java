package ir.pishkhan.license.entity;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Entity listener of {@link License}: announces every write of a licence as a {@link LicenseChanged}
 * CDI event, so the entity knows nobody who derives data from it — those observe the event.
 * (JPA builds entity listeners itself, hence the event is fired through the bean manager.)
 */
public class LicenseWrites {

    @PostUpdate
    @PostRemove
    void written(License license) {
        CDI.current().getBeanManager().getEvent().select(LicenseChanged.class).fire(new LicenseChanged(license.getNumber()));
    }
}
