package ir.pishkhan.web.shared;

import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.jalali.JalaliDateException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;

/**
 * Turns refusals from the use cases into Persian messages on the same page, so JSF beans need
 * no try/catch of their own. A session that expired leads back to the login page; anything
 * unexpected goes to the Persian error page (never a stack trace).
 */
public class PersianExceptionHandlerFactory extends ExceptionHandlerFactory {

    public PersianExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable thrown = events.next().getContext().getException();
                if (ir.pishkhan.shared.error.DatabaseDown.in(thrown) && !jakarta.enterprise.inject.spi.CDI.current()
                        .select(ir.pishkhan.health.boundary.Readiness.class).get().check().databaseUp()) {
                    // The Persian error page says "temporarily unavailable" for 503.
                    events.remove();
                    try {
                        context.getExternalContext().responseSendError(503, "database unavailable");
                    } catch (IOException e) {
                        throw new FacesException(e);
                    }
                    context.responseComplete();
                    continue;
                }
                Throwable root = root(thrown);
                String message = null;
                if (root instanceof BusinessException be) {
                    message = be.persianMessage();
                } else if (root instanceof JalaliDateException je) {
                    message = je.persianMessage();
                } else if (root instanceof EJBAccessException) {
                    message = BusinessException.forbidden().persianMessage();
                } else if (root instanceof ViewExpiredException) {
                    events.remove();
                    redirect(context, "/app/dashboard.xhtml");
                    continue;
                }
                if (message != null) {
                    events.remove();
                    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
                    context.validationFailed();
                    context.renderResponse();
                }
            }
            getWrapped().handle();
        }

        private static void redirect(FacesContext context, String page) {
            try {
                var external = context.getExternalContext();
                external.redirect(external.getRequestContextPath() + page);
                context.responseComplete();
            } catch (IOException e) {
                throw new FacesException(e);
            }
        }

        private static Throwable root(Throwable t) {
            Throwable current = t;
            while (current.getCause() != null && !(current instanceof BusinessException)
                    && !(current instanceof EJBAccessException)) {
                current = current.getCause();
            }
            return current;
        }
    }
}
