package org.offramp.output.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chart that cannot be written fails with one {@link IOException} from the file write, and
 * nothing else: the PNG is encoded in memory, not through ImageIO's file cache, whose stream closer
 * otherwise adds a {@code NullPointerException} at exit when the disk is full.
 */
class ChartWriteFailureTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    private static JFreeChart chart() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(0.4, "share", "WAR");
        data.addValue(0.6, "share", "STALEMATE");
        return ChartFactory.createBarChart("t", "outcome", "share", data, PlotOrientation.VERTICAL, false, false, false);
    }

    @Test
    void aFailedWriteIsOneIOExceptionAndLeavesNoFile() throws IOException {
        IOException e = assertThrows(IOException.class, () -> Charts.write(chart(), tmp, "full", 800, 600,
                (target, bytes) -> {
                    throw new IOException("No space left on device");
                }));
        assertEquals("No space left on device", e.getMessage());
        assertEquals(0, e.getSuppressed().length);
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void thePngIsEncodedInMemoryEvenWhenImageIOsCacheFolderIsGone() throws IOException {
        Path cache = Files.createDirectory(tmp.resolve("cache"));
        boolean useCache = ImageIO.getUseCache();
        byte[] png;
        try {
            ImageIO.setUseCache(true);
            ImageIO.setCacheDirectory(cache.toFile());
            Files.delete(cache);
            BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);
            // ImageIO's own way to write a stream needs its cache file: it fails here, as on a full disk
            // (this runtime reports it as an IllegalArgumentException, others as an IIOException).
            Exception viaCache = assertThrows(Exception.class,
                    () -> ImageIO.write(image, "png", new ByteArrayOutputStream()));
            assertTrue(viaCache instanceof IIOException || viaCache instanceof IllegalArgumentException,
                    viaCache::toString);
            png = Charts.png(chart(), 800, 600);
        } finally {
            ImageIO.setCacheDirectory(null);
            ImageIO.setUseCache(useCache);
        }
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(back, "not a readable PNG");
        assertEquals(800, back.getWidth());
        assertEquals(600, back.getHeight());
    }
}
