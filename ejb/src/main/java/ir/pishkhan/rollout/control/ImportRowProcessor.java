package ir.pishkhan.rollout.control;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The import job's processor (batch artifact {@code importRowProcessor}): checks each staged row
 * again with the dry run's own checks ({@link RowChecks}) and hands on its typed row, or its
 * errors. The file was checked clean before it could be committed; checking again catches what the
 * register or the province's counties became since.
 */
@Named
@Dependent
public class ImportRowProcessor implements ItemProcessor {

    @Inject
    JobContext job;

    @Inject
    RowChecks checks;

    @Override
    public Object processItem(Object item) {
        Rows.Staged staged = (Rows.Staged) item;
        long provinceId = Long.parseLong(job.getProperties().getProperty("provinceId"));
        return new ImportItem(staged, checks.check(staged, provinceId));
    }
}
