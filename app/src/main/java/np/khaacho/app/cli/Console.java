package np.khaacho.app.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Where a command reads its input and writes its answer and its messages. */
public record Console(InputStream in, PrintStream out, PrintStream err) {

    /** The process's own streams, in UTF-8 whatever the platform's default (the commands print Nepali text). */
    public static Console system() {
        return new Console(new FileInputStream(FileDescriptor.in), utf8(FileDescriptor.out), utf8(FileDescriptor.err));
    }

    private static PrintStream utf8(FileDescriptor descriptor) {
        return new PrintStream(new FileOutputStream(descriptor), true, StandardCharsets.UTF_8);
    }
}
