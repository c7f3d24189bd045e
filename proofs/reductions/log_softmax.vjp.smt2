; certjax: rule reductions.log_softmax, obligation 'vjp', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun |g[2]| () Real)
(declare-fun |g[1]| () Real)
(declare-fun |g[0]| () Real)
(declare-fun exp!5 () Real)
(declare-fun |x[0]| () Real)
(declare-fun sg!7 () Real)
(declare-fun |x[1]| () Real)
(declare-fun |x[2]| () Real)
(declare-fun log!18 () Real)
(assert
 (let ((?x57 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x58 (+ ?x36 ?x57)))
 (let ((?x85 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x86 (+ ?x85 ?x58)))
 (< 0.0 ?x86)))))))
(assert
 (let ((?x57 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x58 (+ ?x36 ?x57)))
 (let ((?x85 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x86 (+ ?x85 ?x58)))
 (let (($x90 (= 0.0 ?x86)))
 (not $x90))))))))
(assert
 (let ((?x57 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x58 (+ ?x36 ?x57)))
 (let ((?x85 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x86 (+ ?x85 ?x58)))
 (let (($x90 (= 0.0 ?x86)))
 (not $x90))))))))
(assert
 (let ((?x57 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x58 (+ ?x36 ?x57)))
 (let ((?x85 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x86 (+ ?x85 ?x58)))
 (let (($x90 (= 0.0 ?x86)))
 (not $x90))))))))
(assert
 (let ((?x57 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x58 (+ ?x36 ?x57)))
 (let ((?x85 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x86 (+ ?x85 ?x58)))
 (< 0.0 ?x86)))))))
(assert
 (let ((?x57 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x58 (+ ?x36 ?x57)))
 (let ((?x85 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x86 (+ ?x85 ?x58)))
 (let (($x90 (= 0.0 ?x86)))
 (not $x90))))))))
(assert
 (let ((?x57 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x58 (+ ?x36 ?x57)))
 (let ((?x85 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x86 (+ ?x85 ?x58)))
 (let (($x90 (= 0.0 ?x86)))
 (not $x90))))))))
(assert
 (let ((?x57 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x58 (+ ?x36 ?x57)))
 (let ((?x85 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x86 (+ ?x85 ?x58)))
 (let (($x90 (= 0.0 ?x86)))
 (not $x90))))))))
(assert
 (let ((?x57 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x58 (+ ?x36 ?x57)))
 (let ((?x85 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x86 (+ ?x85 ?x58)))
 (let ((?x164 (/ ?x85 ?x86)))
 (let ((?x165 (- ?x164)))
 (let ((?x169 (+ 1.0 ?x165)))
 (let ((?x170 (* |g[2]| ?x169)))
 (let ((?x167 (* |g[1]| ?x165)))
 (let ((?x166 (* |g[0]| ?x165)))
 (let ((?x168 (+ ?x166 ?x167)))
 (let ((?x171 (+ ?x168 ?x170)))
 (let ((?x130 (+ |g[0]| |g[1]|)))
 (let ((?x131 (+ |g[2]| ?x130)))
 (let ((?x160 (/ ?x85 exp!5)))
 (let ((?x161 (* ?x160 ?x131)))
 (let ((?x162 (- ?x161)))
 (let ((?x163 (+ |g[2]| ?x162)))
 (let ((?x150 (/ ?x57 ?x86)))
 (let ((?x151 (- ?x150)))
 (let ((?x156 (* |g[2]| ?x151)))
 (let ((?x153 (+ 1.0 ?x151)))
 (let ((?x154 (* |g[1]| ?x153)))
 (let ((?x152 (* |g[0]| ?x151)))
 (let ((?x155 (+ ?x152 ?x154)))
 (let ((?x157 (+ ?x155 ?x156)))
 (let ((?x146 (/ ?x57 exp!5)))
 (let ((?x147 (* ?x146 ?x131)))
 (let ((?x148 (- ?x147)))
 (let ((?x149 (+ |g[1]| ?x148)))
 (let ((?x136 (/ ?x36 ?x86)))
 (let ((?x137 (- ?x136)))
 (let ((?x142 (* |g[2]| ?x137)))
 (let ((?x140 (* |g[1]| ?x137)))
 (let ((?x138 (+ 1.0 ?x137)))
 (let ((?x139 (* |g[0]| ?x138)))
 (let ((?x141 (+ ?x139 ?x140)))
 (let ((?x143 (+ ?x141 ?x142)))
 (let ((?x132 (/ ?x36 exp!5)))
 (let ((?x133 (* ?x132 ?x131)))
 (let ((?x134 (- ?x133)))
 (let ((?x135 (+ |g[0]| ?x134)))
 (or (and (distinct ?x135 ?x143) true) (and (distinct ?x149 ?x157) true) (and (distinct ?x163 ?x171) true))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |x[0]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |x[0]|)))
(assert
 (= (< sg!7 |x[0]|) (< exp!2 exp!1)))
(assert
 (= (< |x[0]| sg!7) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> sg!7 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 sg!7)))
(assert
 (= (< |x[1]| |x[0]|) (< exp!3 exp!1)))
(assert
 (= (< |x[0]| |x[1]|) (< exp!1 exp!3)))
(assert
 (= (< |x[1]| sg!7) (< exp!3 exp!2)))
(assert
 (= (< sg!7 |x[1]|) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> |x[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |x[1]|)))
(assert
 (= (< |x[2]| |x[0]|) (< exp!4 exp!1)))
(assert
 (= (< |x[0]| |x[2]|) (< exp!1 exp!4)))
(assert
 (= (< |x[2]| sg!7) (< exp!4 exp!2)))
(assert
 (= (< sg!7 |x[2]|) (< exp!2 exp!4)))
(assert
 (= (< |x[2]| |x[1]|) (< exp!4 exp!3)))
(assert
 (= (< |x[1]| |x[2]|) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> |x[2]| 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 |x[2]|)))
(assert
 (= (< log!18 |x[0]|) (< exp!5 exp!1)))
(assert
 (= (< |x[0]| log!18) (< exp!1 exp!5)))
(assert
 (= (< log!18 sg!7) (< exp!5 exp!2)))
(assert
 (= (< sg!7 log!18) (< exp!2 exp!5)))
(assert
 (= (< log!18 |x[1]|) (< exp!5 exp!3)))
(assert
 (= (< |x[1]| log!18) (< exp!3 exp!5)))
(assert
 (= (< log!18 |x[2]|) (< exp!5 exp!4)))
(assert
 (= (< |x[2]| log!18) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!18 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!18)))
(assert
 (let ((?x57 (/ (* 1.0 exp!3) exp!2)))
(let ((?x36 (/ (* 1.0 exp!1) exp!2)))
(let ((?x58 (+ ?x36 ?x57)))
(let ((?x85 (/ (* 1.0 exp!4) exp!2)))
(let ((?x86 (+ ?x85 ?x58)))
(=> (> ?x86 0.0) (= exp!5 ?x86))))))))
(check-sat)
(pop 1)
