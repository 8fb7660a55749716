package cx.touchpoint.theme;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.Clusterable;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.JDKRandomGenerator;

/**
 * Groups unit-length embeddings with k-means++ (Apache Commons Math). On unit vectors the squared Euclidean
 * distance is {@code 2 - 2·cosine}, so k-means here groups by cosine similarity (spherical k-means, with the
 * centroids re-normalised afterwards). k is chosen by the mean silhouette on a sample; clusters whose centroids
 * are nearly the same direction are merged, and clusters too small or too loose are left unthemed. Seeded, so
 * the same comments give the same themes.
 */
final class Clustering {

    static final int MIN_K = 2;
    static final int MAX_K = 24;
    static final int SAMPLE = 800;
    static final double MERGE_ABOVE = 0.85;
    static final double MIN_COHESION = 0.40;
    static final long SEED = 22L;

    /** A point: the index of the comment in the input list, and its embedding. */
    record Point(int index, double[] vector) implements Clusterable {
        @Override
        public double[] getPoint() {
            return vector;
        }
    }

    /** One group: the indexes of its members and its unit centroid. */
    record Group(List<Integer> members, float[] centroid) {}

    private Clustering() {}

    static int minSize(int comments) {
        return Math.max(4, comments / 200);
    }

    /** The groups of {@code vectors}; each index appears in at most one group. */
    static List<Group> groups(List<float[]> vectors) {
        if (vectors.size() < minSize(vectors.size()) * 2) {
            return List.of();
        }
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            points.add(new Point(i, Vectors.toDoubles(vectors.get(i))));
        }
        int k = bestK(sample(points), vectors.size());
        List<Group> groups = kMeans(points, k, vectors);
        groups = mergeClose(groups, vectors);
        int min = minSize(vectors.size());
        return groups.stream()
                .filter(g -> g.members().size() >= min && cohesion(g, vectors) >= MIN_COHESION)
                .toList();
    }

    /** Splits one group of vectors in two (k-means with k = 2), the bigger part first. */
    static List<Group> split(List<float[]> vectors) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            points.add(new Point(i, Vectors.toDoubles(vectors.get(i))));
        }
        var two = new ArrayList<>(kMeans(points, 2, vectors));
        two.sort((a, b) -> b.members().size() - a.members().size());
        return two;
    }

    static double cohesion(Group group, List<float[]> vectors) {
        return group.members().stream()
                .mapToDouble(i -> Vectors.cosine(vectors.get(i), group.centroid()))
                .average()
                .orElse(0);
    }

    private static List<Point> sample(List<Point> points) {
        if (points.size() <= SAMPLE) {
            return points;
        }
        List<Point> sample = new ArrayList<>(SAMPLE);
        double step = (double) points.size() / SAMPLE;
        for (int i = 0; i < SAMPLE; i++) {
            sample.add(points.get((int) (i * step)));
        }
        return sample;
    }

    private static int bestK(List<Point> sample, int comments) {
        int maxK = Math.min(MAX_K, Math.max(MIN_K, sample.size() / minSize(comments)));
        int best = MIN_K;
        double bestScore = -2;
        for (int k = MIN_K; k <= maxK; k++) {
            var clusters = clusterer(k).cluster(sample);
            double score = silhouette(clusters);
            if (score > bestScore) {
                bestScore = score;
                best = k;
            }
        }
        return best;
    }

    private static KMeansPlusPlusClusterer<Point> clusterer(int k) {
        var random = new JDKRandomGenerator();
        random.setSeed(SEED);
        return new KMeansPlusPlusClusterer<>(
                k,
                100,
                new EuclideanDistance(),
                random,
                KMeansPlusPlusClusterer.EmptyClusterStrategy.LARGEST_POINTS_NUMBER);
    }

    private static List<Group> kMeans(List<Point> points, int k, List<float[]> vectors) {
        List<Group> groups = new ArrayList<>();
        for (CentroidCluster<Point> cluster :
                clusterer(Math.min(k, points.size())).cluster(points)) {
            List<Integer> members =
                    cluster.getPoints().stream().map(Point::index).toList();
            if (!members.isEmpty()) {
                groups.add(new Group(
                        members,
                        Vectors.centroid(members.stream().map(vectors::get).toList())));
            }
        }
        return groups;
    }

    /** Mean silhouette with cosine distance: how much closer each point is to its own cluster than the next. */
    static double silhouette(List<CentroidCluster<Point>> clusters) {
        double total = 0;
        int n = 0;
        for (int c = 0; c < clusters.size(); c++) {
            var own = clusters.get(c).getPoints();
            if (own.size() < 2) {
                continue;
            }
            for (Point p : own) {
                double a = meanDistance(p, own);
                double b = Double.MAX_VALUE;
                for (int o = 0; o < clusters.size(); o++) {
                    if (o != c && !clusters.get(o).getPoints().isEmpty()) {
                        b = Math.min(b, meanDistance(p, clusters.get(o).getPoints()));
                    }
                }
                total += (b - a) / Math.max(a, b);
                n++;
            }
        }
        return n == 0 ? -1 : total / n;
    }

    private static double meanDistance(Point p, List<Point> others) {
        double sum = 0;
        for (Point o : others) {
            double dot = 0;
            for (int i = 0; i < p.vector().length; i++) {
                dot += p.vector()[i] * o.vector()[i];
            }
            sum += 1 - dot;
        }
        return sum / others.size();
    }

    private static List<Group> mergeClose(List<Group> groups, List<float[]> vectors) {
        List<Group> merged = new ArrayList<>(groups);
        boolean changed = true;
        while (changed) {
            changed = false;
            outer:
            for (int a = 0; a < merged.size(); a++) {
                for (int b = a + 1; b < merged.size(); b++) {
                    if (Vectors.cosine(merged.get(a).centroid(), merged.get(b).centroid()) >= MERGE_ABOVE) {
                        List<Integer> members = new ArrayList<>(merged.get(a).members());
                        members.addAll(merged.get(b).members());
                        merged.set(
                                a,
                                new Group(
                                        members,
                                        Vectors.centroid(members.stream()
                                                .map(vectors::get)
                                                .toList())));
                        merged.remove(b);
                        changed = true;
                        break outer;
                    }
                }
            }
        }
        return merged;
    }
}
