package np.khaacho.command.parsing;

import np.khaacho.command.parsing.log.AiCall;
import np.khaacho.command.parsing.log.AiCallLog;
import np.khaacho.command.parsing.log.AiCallStatus;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps the calls it is told of, for assertions. */
public final class RecordingCallLog implements AiCallLog {

    private final List<AiCall> calls = new CopyOnWriteArrayList<>();

    @Override
    public void record(AiCall call) {
        calls.add(call);
    }

    public List<AiCall> calls() {
        return List.copyOf(calls);
    }

    public List<AiCallStatus> statuses() {
        return calls.stream().map(AiCall::status).toList();
    }

    public AiCall last() {
        return calls.get(calls.size() - 1);
    }
}
