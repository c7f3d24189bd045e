; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'mass_conserved[1]', verdict proved
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
(declare-fun log!120 () Real)
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
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let ((?x97 (/ ?x36 ?x57)))
 (let ((?x98 (- ?x97)))
 (let ((?x101 (* 0.0 ?x98)))
 (let ((?x99 (+ 1.0 ?x98)))
 (let ((?x115 (+ ?x99 ?x101)))
 (let ((?x116 (+ ?x101 ?x115)))
 (let ((?x117 (/ ?x36 exp!4)))
 (let ((?x118 (* ?x117 ?x116)))
 (let ((?x100 (* 0.0 ?x99)))
 (let ((?x109 (+ ?x98 ?x100)))
 (let ((?x110 (+ ?x101 ?x109)))
 (let ((?x111 (/ 1.0 exp!4)))
 (let ((?x112 (* ?x111 ?x110)))
 (let ((?x119 (+ ?x112 ?x118)))
 (let ((?x102 (+ ?x100 ?x101)))
 (let ((?x103 (+ ?x98 ?x102)))
 (let ((?x104 (/ ?x56 exp!4)))
 (let ((?x105 (* ?x104 ?x103)))
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
 (= (< log!120 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!120) (< exp!1 exp!4)))
(assert
 (= (< log!120 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!120) (< exp!2 exp!4)))
(assert
 (= (< log!120 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!120) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!120 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!120)))
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
(declare-fun log!120 () Real)
(declare-fun log!192 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x477 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let (($x482 (= 0.0 ?x484)))
 (not $x482))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x477 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (< 0.0 ?x484)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x477 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let (($x482 (= 0.0 ?x484)))
 (not $x482))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x477 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let (($x482 (= 0.0 ?x484)))
 (not $x482))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x477 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let ((?x149 (/ ?x125 ?x484)))
 (let ((?x150 (- ?x149)))
 (let ((?x257 (* 0.0 ?x150)))
 (let ((?x253 (+ 1.0 ?x150)))
 (let ((?x271 (+ ?x253 ?x257)))
 (let ((?x293 (+ ?x257 ?x271)))
 (let ((?x304 (/ ?x125 exp!5)))
 (let ((?x305 (* ?x304 ?x293)))
 (let ((?x247 (* 0.0 ?x253)))
 (let ((?x306 (+ ?x150 ?x247)))
 (let ((?x307 (+ ?x257 ?x306)))
 (let ((?x151 (/ ?x477 exp!5)))
 (let ((?x152 (* ?x151 ?x307)))
 (let ((?x302 (+ ?x152 ?x305)))
 (let ((?x259 (+ ?x247 ?x257)))
 (let ((?x170 (+ ?x150 ?x259)))
 (let ((?x171 (/ 1.0 exp!5)))
 (let ((?x277 (* ?x171 ?x170)))
 (let ((?x303 (+ ?x277 ?x302)))
 (or (and (distinct 0.0 ?x303) true)))))))))))))))))))))))))))
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
 (= (< log!120 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!120) (< exp!1 exp!4)))
(assert
 (= (< log!120 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!120) (< exp!2 exp!4)))
(assert
 (= (< log!120 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!120) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!120 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!120)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!192 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!192) (< exp!1 exp!5)))
(assert
 (= (< log!192 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!192) (< exp!2 exp!5)))
(assert
 (= (< log!192 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!192) (< exp!3 exp!5)))
(assert
 (= (< log!192 log!120) (< exp!5 exp!4)))
(assert
 (= (< log!120 log!192) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!192 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!192)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x125 (/ ?x9 exp!3)))
(let ((?x477 (/ (* 1.0 exp!2) exp!3)))
(let ((?x474 (+ ?x477 ?x125)))
(let ((?x484 (+ 1.0 ?x474)))
(=> (> ?x484 0.0) (= exp!5 ?x484))))))))
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
(declare-fun log!120 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!192 () Real)
(declare-fun log!266 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x339 (/ ?x370 exp!1)))
 (let ((?x332 (+ 1.0 ?x339)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x203 (/ ?x55 exp!1)))
 (let ((?x512 (+ ?x203 ?x332)))
 (let (($x387 (= 0.0 ?x512)))
 (not $x387)))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x339 (/ ?x370 exp!1)))
 (let ((?x332 (+ 1.0 ?x339)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x203 (/ ?x55 exp!1)))
 (let ((?x512 (+ ?x203 ?x332)))
 (< 0.0 ?x512))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x339 (/ ?x370 exp!1)))
 (let ((?x332 (+ 1.0 ?x339)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x203 (/ ?x55 exp!1)))
 (let ((?x512 (+ ?x203 ?x332)))
 (let (($x387 (= 0.0 ?x512)))
 (not $x387)))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x339 (/ ?x370 exp!1)))
 (let ((?x332 (+ 1.0 ?x339)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x203 (/ ?x55 exp!1)))
 (let ((?x512 (+ ?x203 ?x332)))
 (let (($x387 (= 0.0 ?x512)))
 (not $x387)))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x339 (/ ?x370 exp!1)))
 (let ((?x332 (+ 1.0 ?x339)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x203 (/ ?x55 exp!1)))
 (let ((?x512 (+ ?x203 ?x332)))
 (let ((?x393 (/ 1.0 ?x512)))
 (let ((?x420 (- ?x393)))
 (let ((?x204 (* 0.0 ?x420)))
 (let ((?x318 (+ 1.0 ?x420)))
 (let ((?x745 (+ ?x318 ?x204)))
 (let ((?x395 (+ ?x204 ?x745)))
 (let ((?x443 (/ 1.0 exp!6)))
 (let ((?x174 (* ?x443 ?x395)))
 (let ((?x517 (* 0.0 ?x318)))
 (let ((?x424 (+ ?x420 ?x517)))
 (let ((?x408 (+ ?x204 ?x424)))
 (let ((?x426 (/ ?x339 exp!6)))
 (let ((?x523 (* ?x426 ?x408)))
 (let ((?x382 (+ ?x523 ?x174)))
 (let ((?x338 (+ ?x517 ?x204)))
 (let ((?x543 (+ ?x420 ?x338)))
 (let ((?x126 (/ ?x203 exp!6)))
 (let ((?x744 (* ?x126 ?x543)))
 (let ((?x734 (+ ?x744 ?x382)))
 (or (and (distinct 0.0 ?x734) true))))))))))))))))))))))))))))
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
 (= (< log!120 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!120) (< exp!1 exp!4)))
(assert
 (= (< log!120 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!120) (< exp!2 exp!4)))
(assert
 (= (< log!120 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!120) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!120 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!120)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!192 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!192) (< exp!1 exp!5)))
(assert
 (= (< log!192 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!192) (< exp!2 exp!5)))
(assert
 (= (< log!192 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!192) (< exp!3 exp!5)))
(assert
 (= (< log!192 log!120) (< exp!5 exp!4)))
(assert
 (= (< log!120 log!192) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!192 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!192)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x477 (/ ?x370 exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (=> (> ?x484 0.0) (= exp!5 ?x484)))))))))
(assert
 (= (< log!266 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!266) (< exp!1 exp!6)))
(assert
 (= (< log!266 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!266) (< exp!2 exp!6)))
(assert
 (= (< log!266 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!266) (< exp!3 exp!6)))
(assert
 (= (< log!266 log!120) (< exp!6 exp!4)))
(assert
 (= (< log!120 log!266) (< exp!4 exp!6)))
(assert
 (= (< log!266 log!192) (< exp!6 exp!5)))
(assert
 (= (< log!192 log!266) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!266 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!266)))
(assert
 (let ((?x370 (* 1.0 exp!2)))
(let ((?x339 (/ ?x370 exp!1)))
(let ((?x332 (+ 1.0 ?x339)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x203 (/ ?x55 exp!1)))
(let ((?x512 (+ ?x203 ?x332)))
(=> (> ?x512 0.0) (= exp!6 ?x512)))))))))
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
(declare-fun log!120 () Real)
(declare-fun log!192 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!266 () Real)
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
 (let ((?x477 (/ ?x370 exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let (($x482 (= 0.0 ?x484)))
 (not $x482)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x477 (/ ?x370 exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (< 0.0 ?x484))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x477 (/ ?x370 exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let (($x482 (= 0.0 ?x484)))
 (not $x482)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x477 (/ ?x370 exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let (($x482 (= 0.0 ?x484)))
 (not $x482)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x477 (/ ?x370 exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let ((?x149 (/ ?x125 ?x484)))
 (let ((?x150 (- ?x149)))
 (let ((?x257 (* 0.0 ?x150)))
 (let ((?x253 (+ 1.0 ?x150)))
 (let ((?x271 (+ ?x253 ?x257)))
 (let ((?x293 (+ ?x257 ?x271)))
 (let ((?x304 (/ ?x125 exp!5)))
 (let ((?x305 (* ?x304 ?x293)))
 (let ((?x247 (* 0.0 ?x253)))
 (let ((?x306 (+ ?x150 ?x247)))
 (let ((?x307 (+ ?x257 ?x306)))
 (let ((?x151 (/ ?x477 exp!5)))
 (let ((?x152 (* ?x151 ?x307)))
 (let ((?x302 (+ ?x152 ?x305)))
 (let ((?x259 (+ ?x247 ?x257)))
 (let ((?x170 (+ ?x150 ?x259)))
 (let ((?x171 (/ 1.0 exp!5)))
 (let ((?x277 (* ?x171 ?x170)))
 (let ((?x303 (+ ?x277 ?x302)))
 (or (and (distinct 0.0 ?x303) true))))))))))))))))))))))))))))
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
 (= (< log!120 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!120) (< exp!1 exp!4)))
(assert
 (= (< log!120 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!120) (< exp!2 exp!4)))
(assert
 (= (< log!120 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!120) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!120 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!120)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!192 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!192) (< exp!1 exp!5)))
(assert
 (= (< log!192 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!192) (< exp!2 exp!5)))
(assert
 (= (< log!192 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!192) (< exp!3 exp!5)))
(assert
 (= (< log!192 log!120) (< exp!5 exp!4)))
(assert
 (= (< log!120 log!192) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!192 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!192)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x477 (/ ?x370 exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (=> (> ?x484 0.0) (= exp!5 ?x484)))))))))
(assert
 (= (< log!266 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!266) (< exp!1 exp!6)))
(assert
 (= (< log!266 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!266) (< exp!2 exp!6)))
(assert
 (= (< log!266 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!266) (< exp!3 exp!6)))
(assert
 (= (< log!266 log!120) (< exp!6 exp!4)))
(assert
 (= (< log!120 log!266) (< exp!4 exp!6)))
(assert
 (= (< log!266 log!192) (< exp!6 exp!5)))
(assert
 (= (< log!192 log!266) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!266 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!266)))
(assert
 (let ((?x370 (* 1.0 exp!2)))
(let ((?x339 (/ ?x370 exp!1)))
(let ((?x332 (+ 1.0 ?x339)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x203 (/ ?x55 exp!1)))
(let ((?x512 (+ ?x203 ?x332)))
(=> (> ?x512 0.0) (= exp!6 ?x512)))))))))
(check-sat)
(pop 1)
