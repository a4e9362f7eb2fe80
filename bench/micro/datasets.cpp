// Builds the scaled datasets once per size (setup, not measured). nlohmann's DOM does the
// copying: it is simple, and its speed does not matter here.

#include "datasets.hpp"

#include "massage_evidence/dataset.hpp"
#include "massage_evidence/load.hpp"

#include <nlohmann/json.hpp>

#include <map>
#include <stdexcept>

namespace bench {
namespace {

using json = nlohmann::json;

std::string with_suffix(const json& id, int copy) {
    return id.get<std::string>() + "-c" + std::to_string(copy);
}

std::string build_text(int copies) {
    const auto original = json::parse(massage_evidence::embedded_dataset_text());
    json scaled = original;
    for (const auto* array : {"mechanisms", "conditions", "practices", "sources"}) {
        scaled[array] = json::array();
    }
    for (int copy = 0; copy < copies; ++copy) {
        for (const auto* array : {"mechanisms", "conditions", "practices"}) {
            for (auto claim : original[array]) {
                claim["id"] = with_suffix(claim["id"], copy);
                for (auto& ref : claim["sources"]) {
                    ref["ref"] = with_suffix(ref["ref"], copy);
                }
                if (claim.contains("steps")) {
                    for (auto& step : claim["steps"]) {
                        step["claim"] = with_suffix(step["claim"], copy);
                    }
                }
                scaled[array].push_back(std::move(claim));
            }
        }
        for (auto source : original["sources"]) {
            source["id"] = with_suffix(source["id"], copy);
            scaled["sources"].push_back(std::move(source));
        }
    }
    // ensure_ascii off, so the text keeps its UTF-8 like the real file.
    return scaled.dump(2, ' ', false, json::error_handler_t::strict) + "\n";
}

} // namespace

const std::string& scaled_dataset_text(int copies) {
    static std::map<int, std::string> texts; // built once per size, for the process's lifetime
    auto it = texts.find(copies);
    if (it == texts.end()) {
        it = texts.emplace(copies, build_text(copies)).first;
    }
    return it->second;
}

const massage_evidence::dataset& scaled_dataset(int copies) {
    static std::map<int, massage_evidence::dataset> datasets;
    auto it = datasets.find(copies);
    if (it == datasets.end()) {
        auto result = massage_evidence::parse_dataset(scaled_dataset_text(copies));
        if (!result.data) {
            throw std::runtime_error("the scaled dataset does not load");
        }
        it = datasets.emplace(copies, std::move(*result.data)).first;
    }
    return it->second;
}

} // namespace bench
