#include "support/browse_data.hpp"

#include "massage_evidence/load.hpp"
#include "support/paths.hpp"

namespace test_support {

const massage_evidence::dataset& browse_dataset() {
    static const massage_evidence::dataset data =
        massage_evidence::load_dataset_file(fixture("fixtures/valid/browse.json"));
    return data;
}

} // namespace test_support
