package ir.pishkhan.place.entity;

import ir.pishkhan.shared.audit.Audited;

/**
 * An audited object that belongs to one county (a licence, an application, a report, a case…):
 * the audit trail files it under that county and its province, so an auditor's scope finds it.
 */
public interface InCounty extends Audited {

    County getCounty();

    @Override
    default Long auditProvinceId() {
        return getCounty().getProvince().getId();
    }

    @Override
    default Long auditCountyId() {
        return getCounty().getId();
    }
}
