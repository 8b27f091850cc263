package np.khaacho.app.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP load balancer in front of the instances: each connection a client opens goes to the next
 * instance in rotation, or to the other one when that one does not take the connection. An instance
 * is taken out of rotation when it is known to be down (its connections, open or new, then fail, as
 * they do behind a real balancer until its health check notices) and put back once it is healthy
 * again. Connections are not moved: a request under way on an instance that dies fails, and the
 * client sends it again, to whichever instance takes its next connection. In front of one instance it is
 * a line that can be cut, as a phone loses its connection: a browser's requests through it, its service
 * worker's too, fail while that instance is down.
 */
public final class Balancer implements AutoCloseable {

    private final ServerSocket server;
    private final List<Integer> ports;
    private final Set<Integer> down = ConcurrentHashMap.newKeySet();
    private final Map<Integer, Set<Socket>> open = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicInteger> connections = new ConcurrentHashMap<>();
    private final AtomicInteger turn = new AtomicInteger();
    private volatile boolean running = true;

    private Balancer(List<Integer> ports) {
        this.ports = List.copyOf(ports);
        ports.forEach(port -> {
            open.put(port, ConcurrentHashMap.newKeySet());
            connections.put(port, new AtomicInteger());
        });
        try {
            server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "balancer-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A balancer in front of the instances listening on these ports (on the loopback address). */
    public static Balancer in(List<Integer> ports) {
        return new Balancer(ports);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The instance on that port is down: no new connection goes to it, and the open ones are cut. */
    public void down(int port) {
        down.add(port);
        open.get(port).forEach(Balancer::closeQuietly);
    }

    /** The instance on that port is healthy again: back in rotation. */
    public void up(int port) {
        down.remove(port);
    }

    /** How many connections each instance (by port) took. */
    public Map<Integer, Integer> connections() {
        Map<Integer, Integer> counts = new TreeMap<>();
        connections.forEach((port, count) -> counts.put(port, count.get()));
        return counts;
    }

    @Override
    public void close() {
        running = false;
        closeQuietly(server);
        open.values().forEach(sockets -> sockets.forEach(Balancer::closeQuietly));
    }

    private void accept() {
        while (running) {
            try {
                Socket client = server.accept();
                Thread relay = new Thread(() -> connect(client), "balancer-connection");
                relay.setDaemon(true);
                relay.start();
            } catch (IOException e) {
                if (running) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** Tries the instances in rotation, the ones up first; closes the client's connection when none takes it. */
    private void connect(Socket client) {
        int first = Math.floorMod(turn.getAndIncrement(), ports.size());
        for (int i = 0; i < ports.size(); i++) {
            int port = ports.get((first + i) % ports.size());
            if (down.contains(port)) {
                continue;
            }
            Socket backend = new Socket();
            try {
                backend.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
            } catch (IOException e) {
                closeQuietly(backend);
                continue;
            }
            connections.get(port).incrementAndGet();
            open.get(port).add(backend);
            open.get(port).add(client);
            Thread back = new Thread(() -> pump(backend, client, port), "balancer-back-" + port);
            back.setDaemon(true);
            back.start();
            pump(client, backend, port);
            return;
        }
        closeQuietly(client);
    }

    /** Copies one direction until either side ends, then closes both. */
    private void pump(Socket from, Socket to, int port) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            byte[] buffer = new byte[16 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // one side went away: the connection ends
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.get(port).remove(from);
            open.get(port).remove(to);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // closing what is already gone
        }
    }
}
