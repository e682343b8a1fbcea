package ir.pishkhan.rollout.control;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The import job's writer (batch artifact {@code importRowWriter}): one chunk of rows, in the
 * chunk's transaction, through {@link ImportChunks}.
 */
@Named
@Dependent
public class ImportRowWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    ImportChunks chunks;

    @Override
    public void writeItems(List<Object> items) {
        chunks.write(Long.parseLong(job.getProperties().getProperty("importId")), items);
    }
}
