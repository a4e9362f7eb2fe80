// Runs a fuzz target's checks over given files, without libFuzzer: the test suite's replay of
// every seed and every input a fuzzer once crashed on (fuzz/corpus/<target>/), built with the
// ordinary compiler. Usage: <target>_replay FILE...

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size);

int main(int argc, char** argv) {
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        std::ifstream in(argv[i], std::ios::binary);
        if (!in) {
            std::cerr << "cannot read " << argv[i] << '\n';
            return 1;
        }
        const std::string bytes((std::istreambuf_iterator<char>(in)),
                                std::istreambuf_iterator<char>());
        // A broken invariant aborts inside the call; name the input first so it can be found.
        std::cerr << "replaying " << argv[i] << '\n';
        (void)LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()),
                                     bytes.size());
        ++replayed;
    }
    std::cout << replayed << " inputs replayed, no invariant broken\n";
    return replayed > 0 ? 0 : 1;
}
