import DaegaEngine
import Testing

@Suite struct JobNameTests {
    @Test(arguments: [
        ("IT PM", "itpm"), ("ITPM", "itpm"), ("it pm", "itpm"), ("응용SW개발자", "응용sw개발자"),
        ("응용 SW 개발자", "응용sw개발자"), ("\u{3000}IT\u{00A0}PM\t", "itpm"), ("데이터·분석-가/능_자", "데이터분석가능자"),
        ("Ｉ", "Ｉ"), ("É", "É"), ("", ""),
    ])
    func keyIgnoresSpacingASCIICaseAndSeparators(name: String, key: String) {
        #expect(JobName.key(name) == key)
        #expect(JobName.keyBytes(name) == Array(key.utf8))
    }
}
