package io.github.kpiengine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ordered stages an opportunity passes: one or more open stages, then {@link Stage#WON} and
 * {@link Stage#LOST}.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.of("lead", "first_appointment", "proposal");
 * // lead -> first_appointment -> proposal -> won | lost
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param stages the stages in order, open ones first, then won, then lost
 */
public record Pipeline(List<Stage> stages) {
    /**
     * Validates the components and normalises them; the class description gives the rules.
     *
     * @param stages the stages in order, open ones first, then won, then lost
     * @throws IllegalArgumentException if a component breaks a rule
     */
    public Pipeline {
        Objects.requireNonNull(stages, "stages");
        stages = List.copyOf(stages);
        Checks.check(!stages.isEmpty(), "stages must not be empty");
        Set<String> names = new HashSet<>();
        for (Stage stage : stages) {
            if (!(names.add(stage.name()))) {
                throw new IllegalArgumentException("stages must have unique names: " + stage.name());
            }
        }
        int n = stages.size();
        if (!(n >= 3 && stages.get(n - 2).kind() == Stage.Kind.WON && stages.get(n - 1).kind() == Stage.Kind.LOST)) {
            throw new IllegalArgumentException("stages must end with won and lost: " + stages);
        }
    }

    /**
     * Returns a pipeline of the given open stages followed by won and lost.
     *
     * @param openStageNames the names of the open stages, in order
     * @return the pipeline
     * @throws IllegalArgumentException if there are no names, or a name is not a valid unique
     *     identifier
     */
    public static Pipeline of(String... openStageNames) {
        Objects.requireNonNull(openStageNames, "openStageNames");
        Checks.check(openStageNames.length > 0, "stages must not be empty");
        List<Stage> stages = new ArrayList<>();
        for (String name : openStageNames) {
            stages.add(Stage.open(name));
        }
        stages.add(Stage.WON);
        stages.add(Stage.LOST);
        return new Pipeline(stages);
    }

    /**
     * Returns a pipeline of the given open stages, with their display names, followed by won and lost.
     *
     * <pre>{@code
     * Pipeline salesforce = Pipeline.of(Stage.open("prospecting", "Prospecting"),
     *         Stage.open("proposal_price_quote", "Proposal/Price Quote"));
     * }</pre>
     *
     * @param openStages the open stages, in order
     * @return the pipeline
     * @throws IllegalArgumentException if there are none, a stage is not open or two share a name
     */
    public static Pipeline of(Stage... openStages) {
        Objects.requireNonNull(openStages, "openStages");
        Checks.check(openStages.length > 0, "stages must not be empty");
        List<Stage> stages = new ArrayList<>();
        for (Stage stage : openStages) {
            Objects.requireNonNull(stage, "openStages");
            Checks.check(!stage.isTerminal(), "openStages must be open stages: " + stage.name());
            stages.add(stage);
        }
        stages.add(Stage.WON);
        stages.add(Stage.LOST);
        return new Pipeline(stages);
    }

    /**
     * Returns the same pipeline with the won and lost stages shown under other names, such as a
     * CRM's "Closed Won" and "Closed Lost".
     *
     * @param wonName the display name of the won stage
     * @param lostName the display name of the lost stage
     * @return the pipeline
     */
    public Pipeline withTerminalNames(String wonName, String lostName) {
        List<Stage> renamed = new ArrayList<>(openStages());
        renamed.add(won().withDisplayName(wonName));
        renamed.add(lost().withDisplayName(lostName));
        return new Pipeline(renamed);
    }

    /**
     * Returns the stage with the given name.
     *
     * @param name the stage's name
     * @return the stage
     * @throws IllegalArgumentException if no stage has that name
     */
    public Stage stage(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("stage must be one of "
                + stages.stream().map(Stage::name).collect(Collectors.joining(", ", "[", "]"))
                + ": " + name));
    }

    /**
     * Looks up a stage by name.
     *
     * @param name the stage's name
     * @return the stage, or empty
     */
    public Optional<Stage> find(String name) {
        Objects.requireNonNull(name, "name");
        return stages.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /**
     * Returns the position of a stage, counting from zero.
     *
     * @param stage the stage
     * @return its index
     * @throws IllegalArgumentException if the stage is not in this pipeline
     */
    public int indexOf(Stage stage) {
        Objects.requireNonNull(stage, "stage");
        // A stage's kind follows from its name, so finding the name finds the stage.
        return stages.indexOf(stage(stage.name()));
    }

    /**
     * Returns the open stages in order.
     *
     * @return the stages before won and lost
     */
    public List<Stage> openStages() {
        return stages.subList(0, stages.size() - 2);
    }

    /**
     * Returns the first stage.
     *
     * @return the first open stage
     */
    public Stage first() {
        return stages.get(0);
    }

    /**
     * Returns the won stage.
     *
     * @return the stage named {@code won}
     */
    public Stage won() {
        return stages.get(stages.size() - 2);
    }

    /**
     * Returns the lost stage.
     *
     * @return the stage named {@code lost}
     */
    public Stage lost() {
        return stages.get(stages.size() - 1);
    }

    /**
     * Returns the stage names joined by arrows: {@code "lead -> proposal -> won | lost"}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return openStages().stream().map(Stage::name).collect(Collectors.joining(" -> "))
                + " -> won | lost";
    }
}
