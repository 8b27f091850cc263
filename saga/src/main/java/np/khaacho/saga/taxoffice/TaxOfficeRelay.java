package np.khaacho.saga.taxoffice;

import np.khaacho.kernel.invoice.InvoiceId;
import np.khaacho.kernel.invoice.RecordTaxOfficeReport;
import np.khaacho.kernel.invoice.TaxOfficeState;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Sends the queued reports to CBMS, oldest first, every poll interval. An accepted report (CBMS saved
 * it, or already had it from an earlier try whose answer was lost) is done; a failure that may pass is
 * tried again after a growing wait, for as long as it takes; a report CBMS refuses as wrong is kept,
 * refused, and tried again after a long pause. A credit note goes only once its invoice was accepted.
 * Each change of state is recorded on the invoice, once per change, not per attempt. Several instances
 * may run side by side: each claims its own reports.
 */
class TaxOfficeRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TaxOfficeRelay.class);

    private final ReportQueue queue;
    private final CbmsClient cbms;
    private final CommandGateway commands;
    private final CbmsSettings settings;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName();
    private final Semaphore stopping = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    TaxOfficeRelay(ReportQueue queue, CbmsClient cbms, CommandGateway commands, CbmsSettings settings) {
        this.queue = queue;
        this.cbms = cbms;
        this.commands = commands;
        this.settings = settings;
    }

    /** Claims a batch of reports that are due or not yet recorded and works them; answers how many it claimed. */
    int relayDue() {
        String claimer = instance + "/" + UUID.randomUUID();
        List<QueuedReport> batch = queue.claim(claimer, settings.batchSize(), settings.claimFor());
        for (QueuedReport report : batch) {
            try {
                work(report, claimer);
            } finally {
                queue.release(report, claimer);
            }
        }
        return batch.size();
    }

    private void work(QueuedReport report, String claimer) {
        if (!queue.renew(report, claimer, settings.claimFor())) {
            return;
        }
        TaxOfficeState state = report.state();
        String detail = report.detail();
        TaxOfficeState recorded = report.recordedState();
        if (state != recorded && record(report, claimer, state, detail)) {
            recorded = state;
        }
        if (report.due() && (!report.creditNote() || queue.accepted(report.creditedInvoiceId()))) {
            CbmsAnswer answer = cbms.post(report);
            int failures = answer.state() == TaxOfficeState.RETRYING ? report.failures() + 1 : 0;
            Duration wait = switch (answer.state()) {
                case RETRYING -> settings.backoffAfter(failures);
                case REFUSED -> settings.refusedPause();
                default -> Duration.ZERO;
            };
            if (!queue.attempted(report, claimer, answer, failures, wait)) {
                return;
            }
            state = answer.state();
            detail = answer.detail();
            if (state != report.state()) {
                log.info("CBMS report of {} {} ({}): {}, {}", report.kind(), report.number(), report.invoiceId(),
                        state, detail);
            }
        }
        if (state != recorded) {
            record(report, claimer, state, detail);
        }
    }

    /** Records the report's state on the invoice; false when that failed (the next pass tries again). */
    private boolean record(QueuedReport report, String claimer, TaxOfficeState state, String detail) {
        try {
            commands.sendAndWait(new RecordTaxOfficeReport(InvoiceId.of(report.invoiceId()), state, detail),
                    settings.claimFor().toMillis(), TimeUnit.MILLISECONDS);
            queue.recorded(report, claimer, state);
            return true;
        } catch (RuntimeException e) {
            log.warn("the CBMS report state {} of {} could not be recorded on the invoice yet: {}", state,
                    report.invoiceId(), e.getMessage());
            return false;
        }
    }

    private void run() {
        while (running) {
            boolean more = false;
            try {
                more = relayDue() >= settings.batchSize();
            } catch (RuntimeException e) {
                log.warn("the CBMS relay could not work through its reports; trying again", e);
            }
            if (!more) {
                pause();
            }
        }
    }

    private void pause() {
        try {
            if (stopping.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS)) {
                running = false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        stopping.drainPermits();
        worker = new Thread(this::run, "cbms-relay");
        worker.setDaemon(true);
        worker.start();
        log.info("tax invoices and credit notes are reported to CBMS at {}", settings.baseUrl());
    }

    @Override
    public synchronized void stop() {
        running = false;
        stopping.release();
        try {
            worker.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
