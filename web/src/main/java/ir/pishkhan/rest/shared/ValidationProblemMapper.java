package ir.pishkhan.rest.shared;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures of request bodies and parameters → 400 listing the fields. Declared
 * for this exact type so it takes precedence over the JAX-RS runtime's own violation report.
 */
@Provider
public class ValidationProblemMapper extends ProblemMappers.Specific<ConstraintViolationException> {
}
