package io.jenkins.plugins.dbgitops.engine.migration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MigrationFileNameTest {

    @ParameterizedTest
    @CsvSource({
        "202501150900_add_user_table.sql,202501150900,add user table,false",
        "202501150901_seed_initial_data_dml.sql,202501150901,seed initial data dml,true",
        "V1.2__add_user.sql,1.2,add user,false",
        "V1_2__add_user.sql,1.2,add user,false",
        "v3__backfill_dml.sql,3,backfill dml,true",
        "0001_init.sql,1,init,false",
        "1.2.3-hotfix.sql,1.2.3,hotfix,false",
        "42.sql,42,'',false"
    })
    void shouldReadVersionDescriptionAndDmlSuffix(String file, String version, String description, boolean dml) {
        MigrationFileName name = MigrationFileName.parse(file).orElseThrow();

        assertThat(name.version()).isEqualTo(MigrationVersion.parse(version));
        assertThat(name.description()).isEqualTo(description);
        assertThat(name.dmlSuffix()).isEqualTo(dml);
    }

    @ParameterizedTest
    @ValueSource(strings = {"init.sql", "R__refresh_views.sql", "add_1.sql", "_1_x.sql"})
    void shouldFindNoVersionInNamesWithoutALeadingNumber(String file) {
        assertThat(MigrationFileName.parse(file)).isEmpty();
    }
}
