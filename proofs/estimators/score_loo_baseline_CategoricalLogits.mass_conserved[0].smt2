; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'mass_conserved[0]', verdict proved
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
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
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
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x117 (/ ?x36 exp!4)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let ((?x61 (/ 1.0 ?x57)))
 (let ((?x62 (- ?x61)))
 (let ((?x64 (+ 1.0 ?x62)))
 (let ((?x65 (* 0.0 ?x64)))
 (let ((?x113 (+ ?x62 ?x65)))
 (let ((?x63 (* 0.0 ?x62)))
 (let ((?x114 (+ ?x63 ?x113)))
 (let ((?x118 (* ?x114 ?x117)))
 (let ((?x111 (/ 1.0 exp!4)))
 (let ((?x106 (+ ?x63 ?x64)))
 (let ((?x107 (+ ?x63 ?x106)))
 (let ((?x112 (* ?x107 ?x111)))
 (let ((?x119 (+ ?x112 ?x118)))
 (let ((?x104 (/ ?x56 exp!4)))
 (let ((?x66 (+ ?x63 ?x65)))
 (let ((?x67 (+ ?x62 ?x66)))
 (let ((?x105 (* ?x67 ?x104)))
 (let ((?x120 (+ ?x105 ?x119)))
 (or (and (distinct 0.0 ?x120) true))))))))))))))))))))))))))
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
(declare-fun exp!4 () Real)
(declare-fun log!150 () Real)
(declare-fun log!222 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x478 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let (($x476 (= 0.0 ?x479)))
 (not $x476))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x478 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (< 0.0 ?x479)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x478 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let (($x476 (= 0.0 ?x479)))
 (not $x476))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x478 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let (($x476 (= 0.0 ?x479)))
 (not $x476))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x318 (/ ?x125 exp!5)))
 (let ((?x478 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let ((?x392 (/ ?x478 ?x479)))
 (let ((?x348 (- ?x392)))
 (let ((?x473 (+ 1.0 ?x348)))
 (let ((?x474 (* 0.0 ?x473)))
 (let ((?x152 (+ ?x348 ?x474)))
 (let ((?x383 (* 0.0 ?x348)))
 (let ((?x147 (+ ?x383 ?x152)))
 (let ((?x319 (* ?x147 ?x318)))
 (let ((?x303 (/ ?x478 exp!5)))
 (let ((?x255 (+ ?x383 ?x473)))
 (let ((?x294 (+ ?x383 ?x255)))
 (let ((?x151 (* ?x294 ?x303)))
 (let ((?x156 (+ ?x151 ?x319)))
 (let ((?x243 (/ 1.0 exp!5)))
 (let ((?x385 (+ ?x383 ?x474)))
 (let ((?x468 (+ ?x348 ?x385)))
 (let ((?x253 (* ?x468 ?x243)))
 (let ((?x164 (+ ?x253 ?x156)))
 (or (and (distinct 0.0 ?x164) true)))))))))))))))))))))))))))
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
 (= (< log!222 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!222) (< exp!1 exp!5)))
(assert
 (= (< log!222 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!222) (< exp!2 exp!5)))
(assert
 (= (< log!222 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!222) (< exp!3 exp!5)))
(assert
 (= (< log!222 log!150) (< exp!5 exp!4)))
(assert
 (= (< log!150 log!222) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!222 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!222)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x125 (/ ?x9 exp!3)))
(let ((?x478 (/ (* 1.0 exp!2) exp!3)))
(let ((?x469 (+ ?x478 ?x125)))
(let ((?x479 (+ 1.0 ?x469)))
(=> (> ?x479 0.0) (= exp!5 ?x479))))))))
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
(declare-fun exp!4 () Real)
(declare-fun log!150 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!222 () Real)
(declare-fun log!296 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x521 (/ ?x370 exp!1)))
 (let ((?x513 (+ 1.0 ?x521)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x254 (/ ?x55 exp!1)))
 (let ((?x423 (+ ?x254 ?x513)))
 (let (($x422 (= 0.0 ?x423)))
 (not $x422)))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x521 (/ ?x370 exp!1)))
 (let ((?x513 (+ 1.0 ?x521)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x254 (/ ?x55 exp!1)))
 (let ((?x423 (+ ?x254 ?x513)))
 (< 0.0 ?x423))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x521 (/ ?x370 exp!1)))
 (let ((?x513 (+ 1.0 ?x521)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x254 (/ ?x55 exp!1)))
 (let ((?x423 (+ ?x254 ?x513)))
 (let (($x422 (= 0.0 ?x423)))
 (not $x422)))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x521 (/ ?x370 exp!1)))
 (let ((?x513 (+ 1.0 ?x521)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x254 (/ ?x55 exp!1)))
 (let ((?x423 (+ ?x254 ?x513)))
 (let (($x422 (= 0.0 ?x423)))
 (not $x422)))))))))
(assert
 (let ((?x519 (/ 1.0 exp!6)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x521 (/ ?x370 exp!1)))
 (let ((?x513 (+ 1.0 ?x521)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x254 (/ ?x55 exp!1)))
 (let ((?x423 (+ ?x254 ?x513)))
 (let ((?x391 (/ ?x521 ?x423)))
 (let ((?x247 (- ?x391)))
 (let ((?x229 (+ 1.0 ?x247)))
 (let ((?x288 (* 0.0 ?x229)))
 (let ((?x720 (+ ?x247 ?x288)))
 (let ((?x295 (* 0.0 ?x247)))
 (let ((?x738 (+ ?x295 ?x720)))
 (let ((?x131 (* ?x738 ?x519)))
 (let ((?x520 (/ ?x521 exp!6)))
 (let ((?x533 (+ ?x295 ?x229)))
 (let ((?x207 (+ ?x295 ?x533)))
 (let ((?x270 (* ?x207 ?x520)))
 (let ((?x373 (+ ?x270 ?x131)))
 (let ((?x234 (/ ?x254 exp!6)))
 (let ((?x579 (+ ?x295 ?x288)))
 (let ((?x269 (+ ?x247 ?x579)))
 (let ((?x739 (* ?x269 ?x234)))
 (let ((?x735 (+ ?x739 ?x373)))
 (or (and (distinct 0.0 ?x735) true))))))))))))))))))))))))))))
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
 (= (< log!222 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!222) (< exp!1 exp!5)))
(assert
 (= (< log!222 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!222) (< exp!2 exp!5)))
(assert
 (= (< log!222 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!222) (< exp!3 exp!5)))
(assert
 (= (< log!222 log!150) (< exp!5 exp!4)))
(assert
 (= (< log!150 log!222) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!222 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!222)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x370 exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (=> (> ?x479 0.0) (= exp!5 ?x479)))))))))
(assert
 (= (< log!296 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!296) (< exp!1 exp!6)))
(assert
 (= (< log!296 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!296) (< exp!2 exp!6)))
(assert
 (= (< log!296 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!296) (< exp!3 exp!6)))
(assert
 (= (< log!296 log!150) (< exp!6 exp!4)))
(assert
 (= (< log!150 log!296) (< exp!4 exp!6)))
(assert
 (= (< log!296 log!222) (< exp!6 exp!5)))
(assert
 (= (< log!222 log!296) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!296 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!296)))
(assert
 (let ((?x370 (* 1.0 exp!2)))
(let ((?x521 (/ ?x370 exp!1)))
(let ((?x513 (+ 1.0 ?x521)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x254 (/ ?x55 exp!1)))
(let ((?x423 (+ ?x254 ?x513)))
(=> (> ?x423 0.0) (= exp!6 ?x423)))))))))
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
(declare-fun exp!4 () Real)
(declare-fun log!150 () Real)
(declare-fun log!222 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!296 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x370 exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let (($x476 (= 0.0 ?x479)))
 (not $x476)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x370 exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (< 0.0 ?x479))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x370 exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let (($x476 (= 0.0 ?x479)))
 (not $x476)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x370 exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let (($x476 (= 0.0 ?x479)))
 (not $x476)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x318 (/ ?x125 exp!5)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x370 exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let ((?x392 (/ ?x478 ?x479)))
 (let ((?x348 (- ?x392)))
 (let ((?x473 (+ 1.0 ?x348)))
 (let ((?x474 (* 0.0 ?x473)))
 (let ((?x152 (+ ?x348 ?x474)))
 (let ((?x383 (* 0.0 ?x348)))
 (let ((?x147 (+ ?x383 ?x152)))
 (let ((?x319 (* ?x147 ?x318)))
 (let ((?x303 (/ ?x478 exp!5)))
 (let ((?x255 (+ ?x383 ?x473)))
 (let ((?x294 (+ ?x383 ?x255)))
 (let ((?x151 (* ?x294 ?x303)))
 (let ((?x156 (+ ?x151 ?x319)))
 (let ((?x243 (/ 1.0 exp!5)))
 (let ((?x385 (+ ?x383 ?x474)))
 (let ((?x468 (+ ?x348 ?x385)))
 (let ((?x253 (* ?x468 ?x243)))
 (let ((?x164 (+ ?x253 ?x156)))
 (or (and (distinct 0.0 ?x164) true))))))))))))))))))))))))))))
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
 (= (< log!222 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!222) (< exp!1 exp!5)))
(assert
 (= (< log!222 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!222) (< exp!2 exp!5)))
(assert
 (= (< log!222 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!222) (< exp!3 exp!5)))
(assert
 (= (< log!222 log!150) (< exp!5 exp!4)))
(assert
 (= (< log!150 log!222) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!222 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!222)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x370 exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (=> (> ?x479 0.0) (= exp!5 ?x479)))))))))
(assert
 (= (< log!296 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!296) (< exp!1 exp!6)))
(assert
 (= (< log!296 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!296) (< exp!2 exp!6)))
(assert
 (= (< log!296 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!296) (< exp!3 exp!6)))
(assert
 (= (< log!296 log!150) (< exp!6 exp!4)))
(assert
 (= (< log!150 log!296) (< exp!4 exp!6)))
(assert
 (= (< log!296 log!222) (< exp!6 exp!5)))
(assert
 (= (< log!222 log!296) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!296 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!296)))
(assert
 (let ((?x370 (* 1.0 exp!2)))
(let ((?x521 (/ ?x370 exp!1)))
(let ((?x513 (+ 1.0 ?x521)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x254 (/ ?x55 exp!1)))
(let ((?x423 (+ ?x254 ?x513)))
(=> (> ?x423 0.0) (= exp!6 ?x423)))))))))
(check-sat)
(pop 1)
