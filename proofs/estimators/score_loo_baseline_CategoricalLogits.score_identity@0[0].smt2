; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'score_identity@0[0]', verdict proved
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
(declare-fun log!116 () Real)
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
 (= (< log!116 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!116) (< exp!1 exp!4)))
(assert
 (= (< log!116 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!116) (< exp!2 exp!4)))
(assert
 (= (< log!116 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!116) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!116 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!116)))
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
(declare-fun log!116 () Real)
(declare-fun log!181 () Real)
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
 (let ((?x154 (/ ?x127 ?x402)))
 (let ((?x236 (- ?x154)))
 (let ((?x145 (+ 1.0 ?x236)))
 (let ((?x237 (* 0.0 ?x236)))
 (let ((?x146 (+ ?x237 ?x145)))
 (let ((?x220 (+ ?x237 ?x146)))
 (let ((?x152 (/ ?x127 exp!5)))
 (let ((?x224 (* ?x152 ?x220)))
 (let ((?x98 (- b)))
 (let ((?x114 (+ |f[0]| ?x98)))
 (let ((?x225 (* ?x114 ?x224)))
 (let ((?x103 (* |f[0]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x186 (/ ?x109 ?x402)))
 (let ((?x187 (* ?x127 ?x186)))
 (let ((?x151 (+ ?x104 ?x187)))
 (let ((?x153 (* ?x152 ?x151)))
 (or (and (distinct ?x153 ?x225) true)))))))))))))))))))))))))))))))
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
 (= (< log!116 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!116) (< exp!1 exp!4)))
(assert
 (= (< log!116 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!116) (< exp!2 exp!4)))
(assert
 (= (< log!116 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!116) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!116 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!116)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!181 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!181) (< exp!1 exp!5)))
(assert
 (= (< log!181 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!181) (< exp!2 exp!5)))
(assert
 (= (< log!181 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!181) (< exp!3 exp!5)))
(assert
 (= (< log!181 log!116) (< exp!5 exp!4)))
(assert
 (= (< log!116 log!181) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!181 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!181)))
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
(declare-fun log!116 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!181 () Real)
(declare-fun log!248 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x528 (/ ?x466 exp!1)))
 (let ((?x191 (+ 1.0 ?x528)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x147 (/ ?x55 exp!1)))
 (let ((?x376 (+ ?x147 ?x191)))
 (< 0.0 ?x376))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x528 (/ ?x466 exp!1)))
 (let ((?x191 (+ 1.0 ?x528)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x147 (/ ?x55 exp!1)))
 (let ((?x376 (+ ?x147 ?x191)))
 (let (($x415 (= 0.0 ?x376)))
 (not $x415)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x528 (/ ?x466 exp!1)))
 (let ((?x191 (+ 1.0 ?x528)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x147 (/ ?x55 exp!1)))
 (let ((?x376 (+ ?x147 ?x191)))
 (let (($x415 (= 0.0 ?x376)))
 (not $x415)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x528 (/ ?x466 exp!1)))
 (let ((?x191 (+ 1.0 ?x528)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x147 (/ ?x55 exp!1)))
 (let ((?x376 (+ ?x147 ?x191)))
 (let (($x415 (= 0.0 ?x376)))
 (not $x415)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x528 (/ ?x466 exp!1)))
 (let ((?x191 (+ 1.0 ?x528)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x147 (/ ?x55 exp!1)))
 (let ((?x376 (+ ?x147 ?x191)))
 (< 0.0 ?x376))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x528 (/ ?x466 exp!1)))
 (let ((?x191 (+ 1.0 ?x528)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x147 (/ ?x55 exp!1)))
 (let ((?x376 (+ ?x147 ?x191)))
 (let (($x415 (= 0.0 ?x376)))
 (not $x415)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x528 (/ ?x466 exp!1)))
 (let ((?x191 (+ 1.0 ?x528)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x147 (/ ?x55 exp!1)))
 (let ((?x376 (+ ?x147 ?x191)))
 (let (($x415 (= 0.0 ?x376)))
 (not $x415)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x528 (/ ?x466 exp!1)))
 (let ((?x191 (+ 1.0 ?x528)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x147 (/ ?x55 exp!1)))
 (let ((?x376 (+ ?x147 ?x191)))
 (let ((?x233 (/ ?x528 ?x376)))
 (let ((?x724 (- ?x233)))
 (let ((?x715 (+ 1.0 ?x724)))
 (let ((?x280 (* 0.0 ?x724)))
 (let ((?x509 (+ ?x280 ?x715)))
 (let ((?x350 (+ ?x280 ?x509)))
 (let ((?x367 (/ ?x528 exp!6)))
 (let ((?x239 (* ?x367 ?x350)))
 (let ((?x98 (- b)))
 (let ((?x114 (+ |f[0]| ?x98)))
 (let ((?x336 (* ?x114 ?x239)))
 (let ((?x103 (* |f[0]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x488 (/ ?x109 ?x376)))
 (let ((?x596 (* ?x528 ?x488)))
 (let ((?x363 (+ ?x104 ?x596)))
 (let ((?x321 (* ?x367 ?x363)))
 (or (and (distinct ?x321 ?x336) true))))))))))))))))))))))))))))))))
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
 (= (< log!116 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!116) (< exp!1 exp!4)))
(assert
 (= (< log!116 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!116) (< exp!2 exp!4)))
(assert
 (= (< log!116 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!116) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!116 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!116)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!181 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!181) (< exp!1 exp!5)))
(assert
 (= (< log!181 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!181) (< exp!2 exp!5)))
(assert
 (= (< log!181 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!181) (< exp!3 exp!5)))
(assert
 (= (< log!181 log!116) (< exp!5 exp!4)))
(assert
 (= (< log!116 log!181) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!181 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!181)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x466 exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (=> (> ?x402 0.0) (= exp!5 ?x402)))))))))
(assert
 (= (< log!248 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!248) (< exp!1 exp!6)))
(assert
 (= (< log!248 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!248) (< exp!2 exp!6)))
(assert
 (= (< log!248 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!248) (< exp!3 exp!6)))
(assert
 (= (< log!248 log!116) (< exp!6 exp!4)))
(assert
 (= (< log!116 log!248) (< exp!4 exp!6)))
(assert
 (= (< log!248 log!181) (< exp!6 exp!5)))
(assert
 (= (< log!181 log!248) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!248 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!248)))
(assert
 (let ((?x466 (* 1.0 exp!2)))
(let ((?x528 (/ ?x466 exp!1)))
(let ((?x191 (+ 1.0 ?x528)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x147 (/ ?x55 exp!1)))
(let ((?x376 (+ ?x147 ?x191)))
(=> (> ?x376 0.0) (= exp!6 ?x376)))))))))
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
(declare-fun log!116 () Real)
(declare-fun log!181 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!248 () Real)
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
 (let ((?x154 (/ ?x127 ?x402)))
 (let ((?x236 (- ?x154)))
 (let ((?x145 (+ 1.0 ?x236)))
 (let ((?x237 (* 0.0 ?x236)))
 (let ((?x146 (+ ?x237 ?x145)))
 (let ((?x220 (+ ?x237 ?x146)))
 (let ((?x152 (/ ?x127 exp!5)))
 (let ((?x224 (* ?x152 ?x220)))
 (let ((?x98 (- b)))
 (let ((?x114 (+ |f[0]| ?x98)))
 (let ((?x225 (* ?x114 ?x224)))
 (let ((?x103 (* |f[0]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x186 (/ ?x109 ?x402)))
 (let ((?x187 (* ?x127 ?x186)))
 (let ((?x151 (+ ?x104 ?x187)))
 (let ((?x153 (* ?x152 ?x151)))
 (or (and (distinct ?x153 ?x225) true))))))))))))))))))))))))))))))))
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
 (= (< log!116 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!116) (< exp!1 exp!4)))
(assert
 (= (< log!116 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!116) (< exp!2 exp!4)))
(assert
 (= (< log!116 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!116) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!116 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!116)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!181 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!181) (< exp!1 exp!5)))
(assert
 (= (< log!181 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!181) (< exp!2 exp!5)))
(assert
 (= (< log!181 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!181) (< exp!3 exp!5)))
(assert
 (= (< log!181 log!116) (< exp!5 exp!4)))
(assert
 (= (< log!116 log!181) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!181 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!181)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x466 exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (=> (> ?x402 0.0) (= exp!5 ?x402)))))))))
(assert
 (= (< log!248 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!248) (< exp!1 exp!6)))
(assert
 (= (< log!248 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!248) (< exp!2 exp!6)))
(assert
 (= (< log!248 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!248) (< exp!3 exp!6)))
(assert
 (= (< log!248 log!116) (< exp!6 exp!4)))
(assert
 (= (< log!116 log!248) (< exp!4 exp!6)))
(assert
 (= (< log!248 log!181) (< exp!6 exp!5)))
(assert
 (= (< log!181 log!248) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!248 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!248)))
(assert
 (let ((?x466 (* 1.0 exp!2)))
(let ((?x528 (/ ?x466 exp!1)))
(let ((?x191 (+ 1.0 ?x528)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x147 (/ ?x55 exp!1)))
(let ((?x376 (+ ?x147 ?x191)))
(=> (> ?x376 0.0) (= exp!6 ?x376)))))))))
(check-sat)
(pop 1)
