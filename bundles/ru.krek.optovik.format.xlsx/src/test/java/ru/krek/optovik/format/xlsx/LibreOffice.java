package ru.krek.optovik.format.xlsx;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders a workbook as LibreOffice prints it (to PDF, its first page then to PNG) when LibreOffice is
 * installed; says so and skips the pictures otherwise. Headless LibreOffice has no PNG export of a sheet.
 */
final class LibreOffice {

    private LibreOffice() {
    }

    static void toPng(Path workbook, Path folder) throws IOException, InterruptedException {
        Path soffice = null;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "soffice");
            if (Files.isExecutable(candidate)) {
                soffice = candidate;
            }
        }
        if (soffice == null) {
            System.out.println("LibreOffice (soffice) is not installed: " + workbook + " is not rendered to PDF/PNG");
            return;
        }
        String base = workbook.getFileName().toString().replaceFirst("\\.xlsx$", "");
        Path pdf = folder.resolve(base + ".pdf");
        Files.deleteIfExists(pdf);
        // a profile of its own, so a LibreOffice a person has open does not take the job
        Path profile = Files.createTempDirectory("optovik-soffice");
        try {
            Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
                    "--headless", "--convert-to", "pdf", "--outdir", folder.toString(), workbook.toString())
                    .inheritIO().start();
            if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0 || !Files.exists(pdf)) {
                throw new IOException("soffice could not convert " + workbook + " to PDF");
            }
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                    Files.deleteIfExists(p);
                }
            }
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
            ImageIO.write(page, "png", folder.resolve(base + ".png").toFile());
        }
        System.out.println("LibreOffice rendered " + pdf + " and " + folder.resolve(base + ".png"));
    }
}
