package ir.pishkhan.schedule.control;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.quartz.SchedulerConfigException;
import org.quartz.spi.ThreadPool;

/**
 * Quartz's worker threads, made by the container's {@link ManagedThreadFactory} so that jobs run
 * with the application's naming context, class loader and security setup (Quartz's own
 * SimpleThreadPool threads cannot look up {@code java:} names). A fixed number of workers take
 * jobs from a queue; {@link #blockForAvailableThreads} tells Quartz how many are idle.
 */
public class ManagedThreadPool implements ThreadPool {

    private int threadCount = 2;
    private final List<Thread> workers = new ArrayList<>();
    private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final Object lock = new Object();
    private int busy;
    private volatile boolean shutdown;

    /** Set by Quartz from {@code org.quartz.threadPool.threadCount}. */
    public void setThreadCount(int threadCount) {
        this.threadCount = threadCount;
    }

    @Override
    public void initialize() throws SchedulerConfigException {
        ManagedThreadFactory factory;
        try {
            factory = (ManagedThreadFactory) new InitialContext().lookup("java:comp/DefaultManagedThreadFactory");
        } catch (NamingException e) {
            throw new SchedulerConfigException("No ManagedThreadFactory in this container", e);
        }
        for (int i = 0; i < threadCount; i++) {
            Thread t = factory.newThread(this::work);
            t.setName("pishkhan-quartz-" + (i + 1));
            workers.add(t);
            t.start();
        }
    }

    private void work() {
        while (!shutdown) {
            Runnable job;
            try {
                job = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            try {
                job.run();
            } finally {
                synchronized (lock) {
                    busy--;
                    lock.notifyAll();
                }
            }
        }
    }

    @Override
    public boolean runInThread(Runnable runnable) {
        if (shutdown) {
            return false;
        }
        synchronized (lock) {
            busy++;
        }
        return queue.offer(runnable);
    }

    @Override
    public int blockForAvailableThreads() {
        synchronized (lock) {
            while (busy >= threadCount && !shutdown) {
                try {
                    lock.wait(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return Math.max(0, threadCount - busy);
        }
    }

    @Override
    public void shutdown(boolean waitForJobsToComplete) {
        shutdown = true;
        if (waitForJobsToComplete) {
            synchronized (lock) {
                long until = System.currentTimeMillis() + 30_000;
                while (busy > 0 && System.currentTimeMillis() < until) {
                    try {
                        lock.wait(200);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
            }
        }
        workers.forEach(Thread::interrupt);
    }

    @Override
    public int getPoolSize() {
        return threadCount;
    }

    @Override
    public void setInstanceId(String schedInstId) {
    }

    @Override
    public void setInstanceName(String schedName) {
    }
}
