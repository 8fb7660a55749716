package cx.touchpoint.theme;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.Clusterable;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.JDKRandomGenerator;

/**
 * Groups unit-length embeddings in two steps: k-means++ (Apache Commons Math) into at most {@value #MICRO} small
 * groups of near-identical comments (on unit vectors the squared Euclidean distance is {@code 2 - 2·cosine}, so
 * k-means groups by cosine similarity), then average-linkage agglomerative clustering of those groups by cosine
 * similarity, merging while the mean similarity of two groups' comments is at least {@value #LINK_ABOVE}. The
 * number of themes follows from the threshold, not from a k chosen in advance. Groups too small or too loose
 * are left unthemed. Seeded, so the same comments give the same themes.
 */
final class Clustering {

    /** At most this many k-means++ micro-clusters feed the agglomerative step. */
    static final int MICRO = 300;
    /** Groups are merged while their comments' mean pairwise cosine similarity is at least this. */
    static final double LINK_ABOVE = 0.30;

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
        return groups(vectors, LINK_ABOVE);
    }

    static List<Group> groups(List<float[]> vectors, double linkAbove) {
        int min = minSize(vectors.size());
        if (vectors.size() < min * 2) {
            return List.of();
        }
        List<List<Integer>> micro = microClusters(vectors);
        List<List<Integer>> merged = averageLinkage(micro, vectors, linkAbove);
        List<Group> groups = new ArrayList<>();
        for (List<Integer> members : merged) {
            var group = new Group(
                    members, Vectors.centroid(members.stream().map(vectors::get).toList()));
            if (members.size() >= min && cohesion(group, vectors) >= MIN_COHESION) {
                groups.add(group);
            }
        }
        groups.sort((a, b) -> b.members().size() - a.members().size());
        return groups;
    }

    /**
     * Small groups of near-identical comments from k-means++ (at most {@link #MICRO} of them), so that the
     * agglomerative step stays fast for any number of comments; few comments are each their own group.
     */
    private static List<List<Integer>> microClusters(List<float[]> vectors) {
        List<List<Integer>> micro = new ArrayList<>();
        if (vectors.size() <= MICRO) {
            for (int i = 0; i < vectors.size(); i++) {
                micro.add(new ArrayList<>(List.of(i)));
            }
            return micro;
        }
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            points.add(new Point(i, Vectors.toDoubles(vectors.get(i))));
        }
        for (var cluster : clusterer(MICRO, 20).cluster(points)) {
            if (!cluster.getPoints().isEmpty()) {
                micro.add(new ArrayList<>(
                        cluster.getPoints().stream().map(Point::index).toList()));
            }
        }
        return micro;
    }

    /**
     * Average-linkage agglomerative clustering with cosine similarity: the two groups whose comments are on
     * average most similar are merged, as long as that average is at least {@code linkAbove}. The average
     * pairwise similarity of two groups is the dot product of their vector sums over the product of their sizes.
     */
    private static List<List<Integer>> averageLinkage(
            List<List<Integer>> start, List<float[]> vectors, double linkAbove) {
        List<List<Integer>> groups = new ArrayList<>(start);
        List<double[]> sums = new ArrayList<>();
        for (List<Integer> g : groups) {
            double[] sum = new double[vectors.get(0).length];
            for (int i : g) {
                float[] v = vectors.get(i);
                for (int d = 0; d < sum.length; d++) {
                    sum[d] += v[d];
                }
            }
            sums.add(sum);
        }
        while (groups.size() > 1) {
            int bestA = -1;
            int bestB = -1;
            double best = linkAbove;
            for (int a = 0; a < groups.size(); a++) {
                for (int b = a + 1; b < groups.size(); b++) {
                    double link = dot(sums.get(a), sums.get(b))
                            / ((double) groups.get(a).size() * groups.get(b).size());
                    if (link >= best) {
                        best = link;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (bestA < 0) {
                break;
            }
            groups.get(bestA).addAll(groups.get(bestB));
            double[] sum = sums.get(bestA);
            double[] other = sums.get(bestB);
            for (int d = 0; d < sum.length; d++) {
                sum[d] += other[d];
            }
            groups.remove(bestB);
            sums.remove(bestB);
        }
        return groups;
    }

    private static double dot(double[] a, double[] b) {
        double dot = 0;
        for (int d = 0; d < a.length; d++) {
            dot += a[d] * b[d];
        }
        return dot;
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

    private static KMeansPlusPlusClusterer<Point> clusterer(int k, int iterations) {
        var random = new JDKRandomGenerator();
        random.setSeed(SEED);
        return new KMeansPlusPlusClusterer<>(
                k,
                iterations,
                new EuclideanDistance(),
                random,
                KMeansPlusPlusClusterer.EmptyClusterStrategy.LARGEST_POINTS_NUMBER);
    }

    private static List<Group> kMeans(List<Point> points, int k, List<float[]> vectors) {
        List<Group> groups = new ArrayList<>();
        for (CentroidCluster<Point> cluster :
                clusterer(Math.min(k, points.size()), 100).cluster(points)) {
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
}
