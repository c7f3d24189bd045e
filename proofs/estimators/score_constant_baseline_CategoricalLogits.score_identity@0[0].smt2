; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'score_identity@0[0]', verdict proved
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
(declare-fun log!114 () Real)
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
 (= (< log!114 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!114) (< exp!1 exp!4)))
(assert
 (= (< log!114 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!114) (< exp!2 exp!4)))
(assert
 (= (< log!114 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!114) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!114 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!114)))
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
(declare-fun log!114 () Real)
(declare-fun log!179 () Real)
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
 (let ((?x317 (/ ?x127 ?x402)))
 (let ((?x327 (- ?x317)))
 (let ((?x325 (+ 1.0 ?x327)))
 (let ((?x328 (* 0.0 ?x327)))
 (let ((?x326 (+ ?x328 ?x325)))
 (let ((?x153 (+ ?x328 ?x326)))
 (let ((?x278 (/ ?x127 exp!5)))
 (let ((?x154 (* ?x278 ?x153)))
 (let ((?x98 (- b)))
 (let ((?x114 (+ |f[0]| ?x98)))
 (let ((?x149 (* ?x114 ?x154)))
 (let ((?x103 (* |f[0]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x272 (/ ?x109 ?x402)))
 (let ((?x266 (* ?x127 ?x272)))
 (let ((?x276 (+ ?x104 ?x266)))
 (let ((?x296 (* ?x278 ?x276)))
 (or (and (distinct ?x296 ?x149) true)))))))))))))))))))))))))))))))
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
 (= (< log!114 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!114) (< exp!1 exp!4)))
(assert
 (= (< log!114 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!114) (< exp!2 exp!4)))
(assert
 (= (< log!114 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!114) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!114 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!114)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!179 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!179) (< exp!1 exp!5)))
(assert
 (= (< log!179 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!179) (< exp!2 exp!5)))
(assert
 (= (< log!179 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!179) (< exp!3 exp!5)))
(assert
 (= (< log!179 log!114) (< exp!5 exp!4)))
(assert
 (= (< log!114 log!179) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!179 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!179)))
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
(declare-fun log!114 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!179 () Real)
(declare-fun log!246 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x243 (/ ?x466 exp!1)))
 (let ((?x283 (+ 1.0 ?x243)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x366 (/ ?x55 exp!1)))
 (let ((?x485 (+ ?x366 ?x283)))
 (< 0.0 ?x485))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x243 (/ ?x466 exp!1)))
 (let ((?x283 (+ 1.0 ?x243)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x366 (/ ?x55 exp!1)))
 (let ((?x485 (+ ?x366 ?x283)))
 (let (($x240 (= 0.0 ?x485)))
 (not $x240)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x243 (/ ?x466 exp!1)))
 (let ((?x283 (+ 1.0 ?x243)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x366 (/ ?x55 exp!1)))
 (let ((?x485 (+ ?x366 ?x283)))
 (let (($x240 (= 0.0 ?x485)))
 (not $x240)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x243 (/ ?x466 exp!1)))
 (let ((?x283 (+ 1.0 ?x243)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x366 (/ ?x55 exp!1)))
 (let ((?x485 (+ ?x366 ?x283)))
 (let (($x240 (= 0.0 ?x485)))
 (not $x240)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x243 (/ ?x466 exp!1)))
 (let ((?x283 (+ 1.0 ?x243)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x366 (/ ?x55 exp!1)))
 (let ((?x485 (+ ?x366 ?x283)))
 (< 0.0 ?x485))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x243 (/ ?x466 exp!1)))
 (let ((?x283 (+ 1.0 ?x243)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x366 (/ ?x55 exp!1)))
 (let ((?x485 (+ ?x366 ?x283)))
 (let (($x240 (= 0.0 ?x485)))
 (not $x240)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x243 (/ ?x466 exp!1)))
 (let ((?x283 (+ 1.0 ?x243)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x366 (/ ?x55 exp!1)))
 (let ((?x485 (+ ?x366 ?x283)))
 (let (($x240 (= 0.0 ?x485)))
 (not $x240)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x243 (/ ?x466 exp!1)))
 (let ((?x283 (+ 1.0 ?x243)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x366 (/ ?x55 exp!1)))
 (let ((?x485 (+ ?x366 ?x283)))
 (let ((?x292 (/ ?x243 ?x485)))
 (let ((?x722 (- ?x292)))
 (let ((?x293 (+ 1.0 ?x722)))
 (let ((?x357 (* 0.0 ?x722)))
 (let ((?x406 (+ ?x357 ?x293)))
 (let ((?x430 (+ ?x357 ?x406)))
 (let ((?x530 (/ ?x243 exp!6)))
 (let ((?x271 (* ?x530 ?x430)))
 (let ((?x98 (- b)))
 (let ((?x114 (+ |f[0]| ?x98)))
 (let ((?x324 (* ?x114 ?x271)))
 (let ((?x103 (* |f[0]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x373 (/ ?x109 ?x485)))
 (let ((?x208 (* ?x243 ?x373)))
 (let ((?x500 (+ ?x104 ?x208)))
 (let ((?x401 (* ?x530 ?x500)))
 (or (and (distinct ?x401 ?x324) true))))))))))))))))))))))))))))))))
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
 (= (< log!114 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!114) (< exp!1 exp!4)))
(assert
 (= (< log!114 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!114) (< exp!2 exp!4)))
(assert
 (= (< log!114 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!114) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!114 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!114)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!179 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!179) (< exp!1 exp!5)))
(assert
 (= (< log!179 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!179) (< exp!2 exp!5)))
(assert
 (= (< log!179 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!179) (< exp!3 exp!5)))
(assert
 (= (< log!179 log!114) (< exp!5 exp!4)))
(assert
 (= (< log!114 log!179) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!179 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!179)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x466 exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (=> (> ?x402 0.0) (= exp!5 ?x402)))))))))
(assert
 (= (< log!246 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!246) (< exp!1 exp!6)))
(assert
 (= (< log!246 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!246) (< exp!2 exp!6)))
(assert
 (= (< log!246 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!246) (< exp!3 exp!6)))
(assert
 (= (< log!246 log!114) (< exp!6 exp!4)))
(assert
 (= (< log!114 log!246) (< exp!4 exp!6)))
(assert
 (= (< log!246 log!179) (< exp!6 exp!5)))
(assert
 (= (< log!179 log!246) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!246 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!246)))
(assert
 (let ((?x466 (* 1.0 exp!2)))
(let ((?x243 (/ ?x466 exp!1)))
(let ((?x283 (+ 1.0 ?x243)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x366 (/ ?x55 exp!1)))
(let ((?x485 (+ ?x366 ?x283)))
(=> (> ?x485 0.0) (= exp!6 ?x485)))))))))
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
(declare-fun log!114 () Real)
(declare-fun log!179 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!246 () Real)
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
 (let ((?x317 (/ ?x127 ?x402)))
 (let ((?x327 (- ?x317)))
 (let ((?x325 (+ 1.0 ?x327)))
 (let ((?x328 (* 0.0 ?x327)))
 (let ((?x326 (+ ?x328 ?x325)))
 (let ((?x153 (+ ?x328 ?x326)))
 (let ((?x278 (/ ?x127 exp!5)))
 (let ((?x154 (* ?x278 ?x153)))
 (let ((?x98 (- b)))
 (let ((?x114 (+ |f[0]| ?x98)))
 (let ((?x149 (* ?x114 ?x154)))
 (let ((?x103 (* |f[0]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x272 (/ ?x109 ?x402)))
 (let ((?x266 (* ?x127 ?x272)))
 (let ((?x276 (+ ?x104 ?x266)))
 (let ((?x296 (* ?x278 ?x276)))
 (or (and (distinct ?x296 ?x149) true))))))))))))))))))))))))))))))))
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
 (= (< log!114 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!114) (< exp!1 exp!4)))
(assert
 (= (< log!114 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!114) (< exp!2 exp!4)))
(assert
 (= (< log!114 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!114) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!114 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!114)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!179 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!179) (< exp!1 exp!5)))
(assert
 (= (< log!179 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!179) (< exp!2 exp!5)))
(assert
 (= (< log!179 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!179) (< exp!3 exp!5)))
(assert
 (= (< log!179 log!114) (< exp!5 exp!4)))
(assert
 (= (< log!114 log!179) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!179 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!179)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x466 exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (=> (> ?x402 0.0) (= exp!5 ?x402)))))))))
(assert
 (= (< log!246 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!246) (< exp!1 exp!6)))
(assert
 (= (< log!246 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!246) (< exp!2 exp!6)))
(assert
 (= (< log!246 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!246) (< exp!3 exp!6)))
(assert
 (= (< log!246 log!114) (< exp!6 exp!4)))
(assert
 (= (< log!114 log!246) (< exp!4 exp!6)))
(assert
 (= (< log!246 log!179) (< exp!6 exp!5)))
(assert
 (= (< log!179 log!246) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!246 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!246)))
(assert
 (let ((?x466 (* 1.0 exp!2)))
(let ((?x243 (/ ?x466 exp!1)))
(let ((?x283 (+ 1.0 ?x243)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x366 (/ ?x55 exp!1)))
(let ((?x485 (+ ?x366 ?x283)))
(=> (> ?x485 0.0) (= exp!6 ?x485)))))))))
(check-sat)
(pop 1)
