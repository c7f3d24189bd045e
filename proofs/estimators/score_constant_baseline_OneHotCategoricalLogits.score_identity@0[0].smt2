; certjax: rule estimators.score_constant_baseline_OneHotCategoricalLogits, obligation 'score_identity@0[0]', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun log!149 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[2]| |logits[0]|))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (< 0.0 ?x57))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (< 0.0 ?x57))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let ((?x115 (/ 1.0 ?x57)))
 (let ((?x116 (- ?x115)))
 (let ((?x118 (+ 1.0 ?x116)))
 (let ((?x117 (* 0.0 ?x116)))
 (let ((?x119 (+ ?x117 ?x118)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x112 (/ 1.0 exp!4)))
 (let ((?x121 (* ?x112 ?x120)))
 (let ((?x98 (- b)))
 (let ((?x114 (+ |f[0]| ?x98)))
 (let ((?x122 (* ?x114 ?x121)))
 (let ((?x103 (* |f[0]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x110 (/ ?x109 ?x57)))
 (let ((?x111 (+ ?x104 ?x110)))
 (let ((?x113 (* ?x112 ?x111)))
 (or (and (distinct ?x113 ?x122) true)))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!1 exp!3)))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!149 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!149) (< exp!1 exp!4)))
(assert
 (= (< log!149 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!149) (< exp!2 exp!4)))
(assert
 (= (< log!149 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!149) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!149 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!149)))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
(let ((?x37 (+ 1.0 ?x36)))
(let ((?x56 (/ (* 1.0 exp!3) exp!2)))
(let ((?x57 (+ ?x56 ?x37)))
(=> (> ?x57 0.0) (= exp!4 ?x57)))))))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!5 () Real)
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!149 () Real)
(declare-fun log!214 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (< 0.0 ?x402)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (let (($x144 (= 0.0 ?x402)))
 (not $x144))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (let (($x144 (= 0.0 ?x402)))
 (not $x144))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (let (($x144 (= 0.0 ?x402)))
 (not $x144))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (< 0.0 ?x402)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (let (($x144 (= 0.0 ?x402)))
 (not $x144))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (let (($x144 (= 0.0 ?x402)))
 (not $x144))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (let ((?x151 (/ ?x127 ?x402)))
 (let ((?x152 (- ?x151)))
 (let ((?x266 (+ 1.0 ?x152)))
 (let ((?x272 (* 0.0 ?x152)))
 (let ((?x276 (+ ?x272 ?x266)))
 (let ((?x278 (+ ?x272 ?x276)))
 (let ((?x259 (/ ?x127 exp!5)))
 (let ((?x291 (* ?x259 ?x278)))
 (let ((?x98 (- b)))
 (let ((?x114 (+ |f[0]| ?x98)))
 (let ((?x292 (* ?x114 ?x291)))
 (let ((?x103 (* |f[0]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x251 (/ ?x109 ?x402)))
 (let ((?x261 (* ?x127 ?x251)))
 (let ((?x262 (+ ?x104 ?x261)))
 (let ((?x260 (* ?x259 ?x262)))
 (or (and (distinct ?x260 ?x292) true)))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!1 exp!3)))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!149 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!149) (< exp!1 exp!4)))
(assert
 (= (< log!149 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!149) (< exp!2 exp!4)))
(assert
 (= (< log!149 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!149) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!149 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!149)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!214 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!214) (< exp!1 exp!5)))
(assert
 (= (< log!214 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!214) (< exp!2 exp!5)))
(assert
 (= (< log!214 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!214) (< exp!3 exp!5)))
(assert
 (= (< log!214 log!149) (< exp!5 exp!4)))
(assert
 (= (< log!149 log!214) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!214 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!214)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x368 (/ ?x9 exp!3)))
(let ((?x127 (/ (* 1.0 exp!2) exp!3)))
(let ((?x390 (+ ?x127 ?x368)))
(let ((?x402 (+ 1.0 ?x390)))
(=> (> ?x402 0.0) (= exp!5 ?x402))))))))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!6 () Real)
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!149 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!214 () Real)
(declare-fun log!281 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x335 (/ ?x466 exp!1)))
 (let ((?x418 (+ 1.0 ?x335)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x406 (/ ?x55 exp!1)))
 (let ((?x241 (+ ?x406 ?x418)))
 (< 0.0 ?x241))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x335 (/ ?x466 exp!1)))
 (let ((?x418 (+ 1.0 ?x335)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x406 (/ ?x55 exp!1)))
 (let ((?x241 (+ ?x406 ?x418)))
 (let (($x213 (= 0.0 ?x241)))
 (not $x213)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x335 (/ ?x466 exp!1)))
 (let ((?x418 (+ 1.0 ?x335)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x406 (/ ?x55 exp!1)))
 (let ((?x241 (+ ?x406 ?x418)))
 (let (($x213 (= 0.0 ?x241)))
 (not $x213)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x335 (/ ?x466 exp!1)))
 (let ((?x418 (+ 1.0 ?x335)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x406 (/ ?x55 exp!1)))
 (let ((?x241 (+ ?x406 ?x418)))
 (let (($x213 (= 0.0 ?x241)))
 (not $x213)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x335 (/ ?x466 exp!1)))
 (let ((?x418 (+ 1.0 ?x335)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x406 (/ ?x55 exp!1)))
 (let ((?x241 (+ ?x406 ?x418)))
 (< 0.0 ?x241))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x335 (/ ?x466 exp!1)))
 (let ((?x418 (+ 1.0 ?x335)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x406 (/ ?x55 exp!1)))
 (let ((?x241 (+ ?x406 ?x418)))
 (let (($x213 (= 0.0 ?x241)))
 (not $x213)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x335 (/ ?x466 exp!1)))
 (let ((?x418 (+ 1.0 ?x335)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x406 (/ ?x55 exp!1)))
 (let ((?x241 (+ ?x406 ?x418)))
 (let (($x213 (= 0.0 ?x241)))
 (not $x213)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x335 (/ ?x466 exp!1)))
 (let ((?x418 (+ 1.0 ?x335)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x406 (/ ?x55 exp!1)))
 (let ((?x241 (+ ?x406 ?x418)))
 (let ((?x348 (/ ?x335 ?x241)))
 (let ((?x722 (- ?x348)))
 (let ((?x591 (+ 1.0 ?x722)))
 (let ((?x340 (* 0.0 ?x722)))
 (let ((?x372 (+ ?x340 ?x591)))
 (let ((?x448 (+ ?x340 ?x372)))
 (let ((?x346 (/ ?x335 exp!6)))
 (let ((?x476 (* ?x346 ?x448)))
 (let ((?x98 (- b)))
 (let ((?x114 (+ |f[0]| ?x98)))
 (let ((?x403 (* ?x114 ?x476)))
 (let ((?x103 (* |f[0]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x220 (/ ?x109 ?x241)))
 (let ((?x379 (* ?x335 ?x220)))
 (let ((?x353 (+ ?x104 ?x379)))
 (let ((?x376 (* ?x346 ?x353)))
 (or (and (distinct ?x376 ?x403) true))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x39 (< |logits[2]| |logits[1]|)))
 (= $x39 (< exp!3 exp!1))))
(assert
 (let (($x42 (< |logits[1]| |logits[2]|)))
 (= $x42 (< exp!1 exp!3))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!149 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!149) (< exp!1 exp!4)))
(assert
 (= (< log!149 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!149) (< exp!2 exp!4)))
(assert
 (= (< log!149 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!149) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!149 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!149)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!214 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!214) (< exp!1 exp!5)))
(assert
 (= (< log!214 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!214) (< exp!2 exp!5)))
(assert
 (= (< log!214 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!214) (< exp!3 exp!5)))
(assert
 (= (< log!214 log!149) (< exp!5 exp!4)))
(assert
 (= (< log!149 log!214) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!214 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!214)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x466 exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (=> (> ?x402 0.0) (= exp!5 ?x402)))))))))
(assert
 (= (< log!281 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!281) (< exp!1 exp!6)))
(assert
 (= (< log!281 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!281) (< exp!2 exp!6)))
(assert
 (= (< log!281 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!281) (< exp!3 exp!6)))
(assert
 (= (< log!281 log!149) (< exp!6 exp!4)))
(assert
 (= (< log!149 log!281) (< exp!4 exp!6)))
(assert
 (= (< log!281 log!214) (< exp!6 exp!5)))
(assert
 (= (< log!214 log!281) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!281 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!281)))
(assert
 (let ((?x466 (* 1.0 exp!2)))
(let ((?x335 (/ ?x466 exp!1)))
(let ((?x418 (+ 1.0 ?x335)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x406 (/ ?x55 exp!1)))
(let ((?x241 (+ ?x406 ?x418)))
(=> (> ?x241 0.0) (= exp!6 ?x241)))))))))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!5 () Real)
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!149 () Real)
(declare-fun log!214 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!281 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x466 exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (< 0.0 ?x402))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x466 exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (let (($x144 (= 0.0 ?x402)))
 (not $x144)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x466 exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (let (($x144 (= 0.0 ?x402)))
 (not $x144)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x466 exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (let (($x144 (= 0.0 ?x402)))
 (not $x144)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x466 exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (< 0.0 ?x402))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x466 exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (let (($x144 (= 0.0 ?x402)))
 (not $x144)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x466 exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (let (($x144 (= 0.0 ?x402)))
 (not $x144)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x466 exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (let ((?x151 (/ ?x127 ?x402)))
 (let ((?x152 (- ?x151)))
 (let ((?x266 (+ 1.0 ?x152)))
 (let ((?x272 (* 0.0 ?x152)))
 (let ((?x276 (+ ?x272 ?x266)))
 (let ((?x278 (+ ?x272 ?x276)))
 (let ((?x259 (/ ?x127 exp!5)))
 (let ((?x291 (* ?x259 ?x278)))
 (let ((?x98 (- b)))
 (let ((?x114 (+ |f[0]| ?x98)))
 (let ((?x292 (* ?x114 ?x291)))
 (let ((?x103 (* |f[0]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x251 (/ ?x109 ?x402)))
 (let ((?x261 (* ?x127 ?x251)))
 (let ((?x262 (+ ?x104 ?x261)))
 (let ((?x260 (* ?x259 ?x262)))
 (or (and (distinct ?x260 ?x292) true))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x39 (< |logits[2]| |logits[1]|)))
 (= $x39 (< exp!3 exp!1))))
(assert
 (let (($x42 (< |logits[1]| |logits[2]|)))
 (= $x42 (< exp!1 exp!3))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!149 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!149) (< exp!1 exp!4)))
(assert
 (= (< log!149 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!149) (< exp!2 exp!4)))
(assert
 (= (< log!149 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!149) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!149 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!149)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!214 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!214) (< exp!1 exp!5)))
(assert
 (= (< log!214 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!214) (< exp!2 exp!5)))
(assert
 (= (< log!214 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!214) (< exp!3 exp!5)))
(assert
 (= (< log!214 log!149) (< exp!5 exp!4)))
(assert
 (= (< log!149 log!214) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!214 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!214)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x466 exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (=> (> ?x402 0.0) (= exp!5 ?x402)))))))))
(assert
 (= (< log!281 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!281) (< exp!1 exp!6)))
(assert
 (= (< log!281 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!281) (< exp!2 exp!6)))
(assert
 (= (< log!281 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!281) (< exp!3 exp!6)))
(assert
 (= (< log!281 log!149) (< exp!6 exp!4)))
(assert
 (= (< log!149 log!281) (< exp!4 exp!6)))
(assert
 (= (< log!281 log!214) (< exp!6 exp!5)))
(assert
 (= (< log!214 log!281) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!281 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!281)))
(assert
 (let ((?x466 (* 1.0 exp!2)))
(let ((?x335 (/ ?x466 exp!1)))
(let ((?x418 (+ 1.0 ?x335)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x406 (/ ?x55 exp!1)))
(let ((?x241 (+ ?x406 ?x418)))
(=> (> ?x241 0.0) (= exp!6 ?x241)))))))))
(check-sat)
(pop 1)
