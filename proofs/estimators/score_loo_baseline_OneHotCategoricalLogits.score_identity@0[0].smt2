; certjax: rule estimators.score_loo_baseline_OneHotCategoricalLogits, obligation 'score_identity@0[0]', verdict proved
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
(declare-fun log!150 () Real)
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
 (= (< log!150 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!150) (< exp!1 exp!4)))
(assert
 (= (< log!150 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!150) (< exp!2 exp!4)))
(assert
 (= (< log!150 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!150) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!150 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!150)))
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
(declare-fun log!150 () Real)
(declare-fun log!215 () Real)
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
 (let ((?x266 (/ ?x127 ?x402)))
 (let ((?x276 (- ?x266)))
 (let ((?x317 (+ 1.0 ?x276)))
 (let ((?x278 (* 0.0 ?x276)))
 (let ((?x327 (+ ?x278 ?x317)))
 (let ((?x328 (+ ?x278 ?x327)))
 (let ((?x152 (/ ?x127 exp!5)))
 (let ((?x325 (* ?x152 ?x328)))
 (let ((?x98 (- b)))
 (let ((?x114 (+ |f[0]| ?x98)))
 (let ((?x326 (* ?x114 ?x325)))
 (let ((?x103 (* |f[0]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x259 (/ ?x109 ?x402)))
 (let ((?x260 (* ?x127 ?x259)))
 (let ((?x151 (+ ?x104 ?x260)))
 (let ((?x272 (* ?x152 ?x151)))
 (or (and (distinct ?x272 ?x326) true)))))))))))))))))))))))))))))))
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
 (= (< log!150 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!150) (< exp!1 exp!4)))
(assert
 (= (< log!150 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!150) (< exp!2 exp!4)))
(assert
 (= (< log!150 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!150) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!150 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!150)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!215 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!215) (< exp!1 exp!5)))
(assert
 (= (< log!215 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!215) (< exp!2 exp!5)))
(assert
 (= (< log!215 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!215) (< exp!3 exp!5)))
(assert
 (= (< log!215 log!150) (< exp!5 exp!4)))
(assert
 (= (< log!150 log!215) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!215 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!215)))
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
(declare-fun log!150 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!215 () Real)
(declare-fun log!282 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x715 (/ ?x466 exp!1)))
 (let ((?x242 (+ 1.0 ?x715)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x726 (/ ?x55 exp!1)))
 (let ((?x505 (+ ?x726 ?x242)))
 (< 0.0 ?x505))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x715 (/ ?x466 exp!1)))
 (let ((?x242 (+ 1.0 ?x715)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x726 (/ ?x55 exp!1)))
 (let ((?x505 (+ ?x726 ?x242)))
 (let (($x323 (= 0.0 ?x505)))
 (not $x323)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x715 (/ ?x466 exp!1)))
 (let ((?x242 (+ 1.0 ?x715)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x726 (/ ?x55 exp!1)))
 (let ((?x505 (+ ?x726 ?x242)))
 (let (($x323 (= 0.0 ?x505)))
 (not $x323)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x715 (/ ?x466 exp!1)))
 (let ((?x242 (+ 1.0 ?x715)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x726 (/ ?x55 exp!1)))
 (let ((?x505 (+ ?x726 ?x242)))
 (let (($x323 (= 0.0 ?x505)))
 (not $x323)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x715 (/ ?x466 exp!1)))
 (let ((?x242 (+ 1.0 ?x715)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x726 (/ ?x55 exp!1)))
 (let ((?x505 (+ ?x726 ?x242)))
 (< 0.0 ?x505))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x715 (/ ?x466 exp!1)))
 (let ((?x242 (+ 1.0 ?x715)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x726 (/ ?x55 exp!1)))
 (let ((?x505 (+ ?x726 ?x242)))
 (let (($x323 (= 0.0 ?x505)))
 (not $x323)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x715 (/ ?x466 exp!1)))
 (let ((?x242 (+ 1.0 ?x715)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x726 (/ ?x55 exp!1)))
 (let ((?x505 (+ ?x726 ?x242)))
 (let (($x323 (= 0.0 ?x505)))
 (not $x323)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x715 (/ ?x466 exp!1)))
 (let ((?x242 (+ 1.0 ?x715)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x726 (/ ?x55 exp!1)))
 (let ((?x505 (+ ?x726 ?x242)))
 (let ((?x420 (/ ?x715 ?x505)))
 (let ((?x724 (- ?x420)))
 (let ((?x521 (+ 1.0 ?x724)))
 (let ((?x178 (* 0.0 ?x724)))
 (let ((?x318 (+ ?x178 ?x521)))
 (let ((?x320 (+ ?x178 ?x318)))
 (let ((?x288 (/ ?x715 exp!6)))
 (let ((?x283 (* ?x288 ?x320)))
 (let ((?x98 (- b)))
 (let ((?x114 (+ |f[0]| ?x98)))
 (let ((?x492 (* ?x114 ?x283)))
 (let ((?x103 (* |f[0]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x415 (/ ?x109 ?x505)))
 (let ((?x229 (* ?x715 ?x415)))
 (let ((?x527 (+ ?x104 ?x229)))
 (let ((?x329 (* ?x288 ?x527)))
 (or (and (distinct ?x329 ?x492) true))))))))))))))))))))))))))))))))
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
 (= (< log!150 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!150) (< exp!1 exp!4)))
(assert
 (= (< log!150 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!150) (< exp!2 exp!4)))
(assert
 (= (< log!150 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!150) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!150 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!150)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!215 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!215) (< exp!1 exp!5)))
(assert
 (= (< log!215 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!215) (< exp!2 exp!5)))
(assert
 (= (< log!215 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!215) (< exp!3 exp!5)))
(assert
 (= (< log!215 log!150) (< exp!5 exp!4)))
(assert
 (= (< log!150 log!215) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!215 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!215)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x466 exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (=> (> ?x402 0.0) (= exp!5 ?x402)))))))))
(assert
 (= (< log!282 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!282) (< exp!1 exp!6)))
(assert
 (= (< log!282 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!282) (< exp!2 exp!6)))
(assert
 (= (< log!282 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!282) (< exp!3 exp!6)))
(assert
 (= (< log!282 log!150) (< exp!6 exp!4)))
(assert
 (= (< log!150 log!282) (< exp!4 exp!6)))
(assert
 (= (< log!282 log!215) (< exp!6 exp!5)))
(assert
 (= (< log!215 log!282) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!282 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!282)))
(assert
 (let ((?x466 (* 1.0 exp!2)))
(let ((?x715 (/ ?x466 exp!1)))
(let ((?x242 (+ 1.0 ?x715)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x726 (/ ?x55 exp!1)))
(let ((?x505 (+ ?x726 ?x242)))
(=> (> ?x505 0.0) (= exp!6 ?x505)))))))))
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
(declare-fun log!150 () Real)
(declare-fun log!215 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!282 () Real)
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
 (let ((?x266 (/ ?x127 ?x402)))
 (let ((?x276 (- ?x266)))
 (let ((?x317 (+ 1.0 ?x276)))
 (let ((?x278 (* 0.0 ?x276)))
 (let ((?x327 (+ ?x278 ?x317)))
 (let ((?x328 (+ ?x278 ?x327)))
 (let ((?x152 (/ ?x127 exp!5)))
 (let ((?x325 (* ?x152 ?x328)))
 (let ((?x98 (- b)))
 (let ((?x114 (+ |f[0]| ?x98)))
 (let ((?x326 (* ?x114 ?x325)))
 (let ((?x103 (* |f[0]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x259 (/ ?x109 ?x402)))
 (let ((?x260 (* ?x127 ?x259)))
 (let ((?x151 (+ ?x104 ?x260)))
 (let ((?x272 (* ?x152 ?x151)))
 (or (and (distinct ?x272 ?x326) true))))))))))))))))))))))))))))))))
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
 (= (< log!150 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!150) (< exp!1 exp!4)))
(assert
 (= (< log!150 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!150) (< exp!2 exp!4)))
(assert
 (= (< log!150 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!150) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!150 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!150)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!215 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!215) (< exp!1 exp!5)))
(assert
 (= (< log!215 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!215) (< exp!2 exp!5)))
(assert
 (= (< log!215 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!215) (< exp!3 exp!5)))
(assert
 (= (< log!215 log!150) (< exp!5 exp!4)))
(assert
 (= (< log!150 log!215) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!215 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!215)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x466 exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (=> (> ?x402 0.0) (= exp!5 ?x402)))))))))
(assert
 (= (< log!282 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!282) (< exp!1 exp!6)))
(assert
 (= (< log!282 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!282) (< exp!2 exp!6)))
(assert
 (= (< log!282 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!282) (< exp!3 exp!6)))
(assert
 (= (< log!282 log!150) (< exp!6 exp!4)))
(assert
 (= (< log!150 log!282) (< exp!4 exp!6)))
(assert
 (= (< log!282 log!215) (< exp!6 exp!5)))
(assert
 (= (< log!215 log!282) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!282 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!282)))
(assert
 (let ((?x466 (* 1.0 exp!2)))
(let ((?x715 (/ ?x466 exp!1)))
(let ((?x242 (+ 1.0 ?x715)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x726 (/ ?x55 exp!1)))
(let ((?x505 (+ ?x726 ?x242)))
(=> (> ?x505 0.0) (= exp!6 ?x505)))))))))
(check-sat)
(pop 1)
