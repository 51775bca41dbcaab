package ru.krek.optovik.onec.internal.archive;

/**
 * How much an uploaded exchange archive may hold. The defaults fit a large 1C export with pictures
 * (tens of thousands of images, a few GB of XML) and stop zip bombs long before the disk fills.
 *
 * @param maxEntries    files and folders in the archive
 * @param maxTotalBytes all entries together, unpacked
 * @param maxRatio      unpacked / packed size of one entry (and of the whole archive) above 1 MiB
 */
public record ArchiveLimits(int maxEntries, long maxTotalBytes, int maxRatio) {

    public static final ArchiveLimits DEFAULT = new ArchiveLimits(100_000, 8L << 30, 200);

    public ArchiveLimits {
        if (maxEntries < 1 || maxTotalBytes < 1 || maxRatio < 1) {
            throw new IllegalArgumentException("archive limits must be positive");
        }
    }
}
