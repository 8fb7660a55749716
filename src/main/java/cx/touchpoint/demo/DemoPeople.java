package cx.touchpoint.demo;

import java.util.List;
import java.util.Map;

/**
 * Who works at the demo company, by id: account executives (the demo user {@code account.exec}
 * first), the leads and specialists of each team (by team code), the general manager.
 */
record DemoPeople(
        long executive,
        long generalManager,
        List<Long> accountExecutives,
        Map<String, Long> teamLeads,
        Map<String, List<Long>> specialists,
        Map<String, Long> teams,
        List<Long> verticalMarkets,
        List<Long> locations,
        List<Long> servicePlatforms) {

    /** The code of the team with this id. */
    String teamCode(long teamId) {
        return teams.entrySet().stream()
                .filter(team -> team.getValue() == teamId)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }

    /** The managers who estimate what customers expect (gap 1): account executives and team leads. */
    List<Long> managers() {
        var managers = new java.util.ArrayList<>(accountExecutives);
        managers.addAll(teamLeads.values());
        return managers;
    }
}
