package ru.krek.optovik.format.xlsx;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Renders a workbook to PNG with LibreOffice when it is installed; says so and skips the picture otherwise. */
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
            System.out.println("LibreOffice (soffice) is not installed: " + workbook + " is not rendered to PNG");
            return;
        }
        Process process = new ProcessBuilder(soffice.toString(), "--headless", "--convert-to", "png", "--outdir",
                folder.toString(), workbook.toString()).inheritIO().start();
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException("soffice could not render " + workbook);
        }
        String png = workbook.getFileName().toString().replaceFirst("\\.xlsx$", ".png");
        if (!Files.exists(folder.resolve(png))) {
            throw new IOException("soffice wrote no " + png);
        }
        System.out.println("LibreOffice rendered " + folder.resolve(png));
    }
}
