package org.offramp.experiment;

import java.io.Serializable;
import java.util.Objects;
import org.offramp.model.Model;

/**
 * A {@link RunModel} that can be shipped to another JVM (a Spark executor): a method reference or
 * lambda whose target type is this interface is serializable, provided everything it captures is.
 *
 * <pre>{@code
 * PortableModel m = PortableModel.of(Models.get("standoff"));     // a model's runs
 * PortableModel custom = PortableModel.of(StandoffModel.withRules(myRules));
 * }</pre>
 *
 * <p>The contract of {@link RunModel} holds: the record is a pure function of (scenario, seed), and
 * {@link #run} is safe to call from several threads at once.
 */
@FunctionalInterface
public interface PortableModel extends RunModel, Serializable {

    /**
     * The runs of {@code model}, which is {@link Serializable} like every {@link Model}.
     *
     * @param model the model
     * @return the portable run model
     * @throws NullPointerException if {@code model} is null
     */
    static PortableModel of(Model<?> model) {
        Objects.requireNonNull(model, "model");
        return model::runRecord;
    }
}
