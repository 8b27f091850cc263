package np.khaacho.command.parsing.ocr;

import com.sun.jna.Pointer;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.TessAPI;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * OCR with Tesseract through tess4j's low-level {@link TessAPI} (the Leptonica-based
 * {@code Tesseract.doOCR} fails on Debian 12). Images are turned to 8-bit gray, small ones upscaled
 * and all given a white margin, which Tesseract reads best. A Tesseract handle serves one image at a
 * time, so a small pool of initialised handles (loading the language data is the slow part) lets
 * several images be read at once.
 */
public class TesseractOcr implements ImageTextReader, AutoCloseable {

    /** Lines of text shorter than this (in pixels, ascender to descender) are upscaled: Tesseract misreads small print. */
    private static final int SMALL_LINE = 20;
    private static final int TARGET_LINE = 30;
    private static final double MAX_UPSCALE = 3.0;
    /** Upscaling never makes an image larger than this (a large photo of small print stays within memory). */
    private static final long MAX_SCALED_PIXELS = 30_000_000L;
    private static final int MARGIN = 24;
    private static final int DARK = 128;
    private static final int SOURCE_DPI = 300;

    private final String datapath;
    private final String languages;
    private final BlockingQueue<TessBaseAPI> idle;
    private final List<TessBaseAPI> all = new ArrayList<>();
    private final int poolSize;
    private boolean closed;

    public TesseractOcr(String datapath, String languages, int poolSize) {
        if (poolSize < 1) {
            throw new IllegalArgumentException("the OCR pool needs at least one handle");
        }
        this.datapath = datapath;
        this.languages = languages;
        this.poolSize = poolSize;
        this.idle = new ArrayBlockingQueue<>(poolSize);
    }

    @Override
    public String model() {
        return "tesseract:" + languages;
    }

    @Override
    public String read(BufferedImage image) {
        BufferedImage gray = prepare(image);
        ByteBuffer pixels = ByteBuffer.allocateDirect(gray.getWidth() * gray.getHeight());
        pixels.put(((DataBufferByte) gray.getRaster().getDataBuffer()).getData()).flip();
        TessBaseAPI handle = acquire();
        try {
            tess().TessBaseAPISetImage(handle, pixels, gray.getWidth(), gray.getHeight(), 1, gray.getWidth());
            tess().TessBaseAPISetSourceResolution(handle, SOURCE_DPI);
            Pointer text = tess().TessBaseAPIGetUTF8Text(handle);
            if (text == null) {
                throw new IllegalStateException("Tesseract could not recognise the image");
            }
            try {
                return text.getString(0, StandardCharsets.UTF_8.name()).strip();
            } finally {
                tess().TessDeleteText(text);
            }
        } finally {
            tess().TessBaseAPIClear(handle);
            release(handle);
        }
    }

    /**
     * Gray on a white margin (transparent pixels become white), upscaled when its lines of text are
     * small. Upscaling text that is already large enough makes Tesseract read worse, so the line
     * height is measured first: the median height of the bands of rows that hold dark pixels.
     */
    static BufferedImage prepare(BufferedImage source) {
        BufferedImage gray = draw(source, 1.0, 0);
        int lineHeight = medianLineHeight(gray);
        double pixels = (double) source.getWidth() * source.getHeight();
        double scale = lineHeight == 0 || lineHeight >= SMALL_LINE ? 1.0
                : Math.max(1.0, Math.min(Math.min(MAX_UPSCALE, (double) TARGET_LINE / lineHeight),
                        Math.sqrt(MAX_SCALED_PIXELS / pixels)));
        return draw(source, scale, MARGIN);
    }

    private static BufferedImage draw(BufferedImage source, double scale, int margin) {
        int width = (int) Math.round(source.getWidth() * scale);
        int height = (int) Math.round(source.getHeight() * scale);
        BufferedImage gray = new BufferedImage(width + 2 * margin, height + 2 * margin, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, gray.getWidth(), gray.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, margin, margin, width, height, null);
        } finally {
            g.dispose();
        }
        return gray;
    }

    /** The median height of the bands of rows with dark pixels; 0 when there is none. */
    static int medianLineHeight(BufferedImage gray) {
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        int width = gray.getWidth();
        List<Integer> bands = new ArrayList<>();
        int run = 0;
        for (int y = 0; y < gray.getHeight(); y++) {
            boolean dark = false;
            for (int x = 0, i = y * width; x < width && !dark; x++, i++) {
                dark = (pixels[i] & 0xff) < DARK;
            }
            if (dark) {
                run++;
            } else if (run > 0) {
                bands.add(run);
                run = 0;
            }
        }
        if (run > 0) {
            bands.add(run);
        }
        bands.removeIf(band -> band < 3);
        if (bands.isEmpty()) {
            return 0;
        }
        bands.sort(null);
        return bands.get(bands.size() / 2);
    }

    private TessBaseAPI acquire() {
        TessBaseAPI handle = idle.poll();
        if (handle != null) {
            return handle;
        }
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the OCR engine is shut down");
            }
            if (all.size() < poolSize) {
                handle = create();
                all.add(handle);
                return handle;
            }
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the OCR engine", e);
        }
    }

    private void release(TessBaseAPI handle) {
        synchronized (this) {
            if (closed) {
                delete(handle);
                return;
            }
        }
        idle.offer(handle);
    }

    private TessBaseAPI create() {
        TessBaseAPI handle = tess().TessBaseAPICreate();
        if (tess().TessBaseAPIInit3(handle, datapath, languages) != 0) {
            tess().TessBaseAPIDelete(handle);
            throw new IllegalStateException("Tesseract could not load languages " + languages + " from " + datapath);
        }
        return handle;
    }

    private void delete(TessBaseAPI handle) {
        tess().TessBaseAPIEnd(handle);
        tess().TessBaseAPIDelete(handle);
    }

    /** The native library loads on first use, so an application without Tesseract starts and only OCR fails. */
    private static TessAPI tess() {
        return TessAPI.INSTANCE;
    }

    @Override
    public synchronized void close() {
        closed = true;
        TessBaseAPI handle;
        while ((handle = idle.poll()) != null) {
            delete(handle);
        }
    }
}
