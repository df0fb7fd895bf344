package dev.winnow.stormcrawler;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.storm.task.IOutputCollector;
import org.apache.storm.tuple.Tuple;

/** Records what a bolt emits, acks and fails, per stream (as StormCrawler's own TestOutputCollector does). */
final class EmitCollector implements IOutputCollector {
    final Map<String, List<List<Object>>> emitted = new HashMap<>();
    final List<Tuple> acked = new ArrayList<>();
    final List<Tuple> failed = new ArrayList<>();

    List<List<Object>> emitted(String stream) {
        return emitted.getOrDefault(stream, List.of());
    }

    @Override
    public List<Integer> emit(String streamId, Collection<Tuple> anchors, List<Object> tuple) {
        emitted.computeIfAbsent(streamId, s -> new ArrayList<>()).add(tuple);
        return List.of();
    }

    @Override
    public void emitDirect(int taskId, String streamId, Collection<Tuple> anchors, List<Object> tuple) {
        emit(streamId, anchors, tuple);
    }

    @Override
    public void ack(Tuple input) {
        acked.add(input);
    }

    @Override
    public void fail(Tuple input) {
        failed.add(input);
    }

    @Override
    public void resetTimeout(Tuple input) {}

    @Override
    public void reportError(Throwable error) {
        throw new AssertionError("bolt reported an error", error);
    }

    @Override
    public void flush() {}
}
