; certjax: rule estimators.enumerate_OneHotCategoricalLogits, obligation 'unbiased[0]', verdict proved
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
(declare-fun |f[2]| () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun log!205 () Real)
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
 (let ((?x134 (/ 1.0 ?x57)))
 (let ((?x135 (- ?x134)))
 (let ((?x137 (+ 1.0 ?x135)))
 (let ((?x142 (* 0.0 ?x137)))
 (let ((?x136 (* 0.0 ?x135)))
 (let ((?x148 (+ ?x136 ?x142)))
 (let ((?x149 (+ ?x135 ?x148)))
 (let ((?x98 (/ ?x56 exp!4)))
 (let ((?x150 (* ?x98 ?x149)))
 (let ((?x151 (* |f[2]| ?x150)))
 (let ((?x143 (+ ?x135 ?x142)))
 (let ((?x144 (+ ?x136 ?x143)))
 (let ((?x111 (/ ?x36 exp!4)))
 (let ((?x145 (* ?x111 ?x144)))
 (let ((?x146 (* |f[1]| ?x145)))
 (let ((?x138 (+ ?x136 ?x137)))
 (let ((?x139 (+ ?x136 ?x138)))
 (let ((?x124 (/ 1.0 exp!4)))
 (let ((?x140 (* ?x124 ?x139)))
 (let ((?x141 (* |f[0]| ?x140)))
 (let ((?x147 (+ ?x141 ?x146)))
 (let ((?x152 (+ ?x147 ?x151)))
 (let ((?x125 (* |f[0]| ?x124)))
 (let ((?x128 (- ?x125)))
 (let ((?x126 (* 0.0 ?x125)))
 (let ((?x127 (- ?x126)))
 (let ((?x129 (+ ?x127 ?x128)))
 (let ((?x130 (+ ?x127 ?x129)))
 (let ((?x131 (/ ?x130 ?x57)))
 (let ((?x132 (+ ?x125 ?x131)))
 (let ((?x112 (* |f[1]| ?x111)))
 (let ((?x115 (- ?x112)))
 (let ((?x113 (* 0.0 ?x112)))
 (let ((?x114 (- ?x113)))
 (let ((?x116 (+ ?x114 ?x115)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x118 (/ ?x117 ?x57)))
 (let ((?x119 (+ ?x113 ?x118)))
 (let ((?x99 (* |f[2]| ?x98)))
 (let ((?x100 (* 0.0 ?x99)))
 (let ((?x102 (- ?x100)))
 (let ((?x103 (+ ?x102 ?x102)))
 (let ((?x101 (- ?x99)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x105 (/ ?x104 ?x57)))
 (let ((?x106 (+ ?x100 ?x105)))
 (let ((?x120 (+ ?x106 ?x119)))
 (let ((?x133 (+ ?x120 ?x132)))
 (or (and (distinct ?x133 ?x152) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!205 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!205) (< exp!1 exp!4)))
(assert
 (= (< log!205 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!205) (< exp!2 exp!4)))
(assert
 (= (< log!205 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!205) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!205 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!205)))
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
(declare-fun |f[2]| () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!205 () Real)
(declare-fun log!328 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x157 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (< 0.0 ?x435)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x157 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x157 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x157 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x157 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (< 0.0 ?x435)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x157 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x157 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x157 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x157 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x157 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let ((?x175 (/ ?x157 ?x435)))
 (let ((?x176 (- ?x175)))
 (let ((?x254 (+ 1.0 ?x176)))
 (let ((?x262 (* 0.0 ?x254)))
 (let ((?x250 (* 0.0 ?x176)))
 (let ((?x367 (+ ?x250 ?x262)))
 (let ((?x368 (+ ?x176 ?x367)))
 (let ((?x280 (/ 1.0 exp!5)))
 (let ((?x370 (* ?x280 ?x368)))
 (let ((?x197 (* |f[2]| ?x370)))
 (let ((?x259 (+ ?x176 ?x262)))
 (let ((?x260 (+ ?x250 ?x259)))
 (let ((?x221 (/ ?x397 exp!5)))
 (let ((?x362 (* ?x221 ?x260)))
 (let ((?x363 (* |f[1]| ?x362)))
 (let ((?x255 (+ ?x250 ?x254)))
 (let ((?x256 (+ ?x250 ?x255)))
 (let ((?x352 (/ ?x157 exp!5)))
 (let ((?x258 (* ?x352 ?x256)))
 (let ((?x261 (* |f[0]| ?x258)))
 (let ((?x326 (+ ?x261 ?x363)))
 (let ((?x198 (+ ?x326 ?x197)))
 (let ((?x210 (* |f[0]| ?x352)))
 (let ((?x182 (- ?x210)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x181 (- ?x211)))
 (let ((?x183 (+ ?x181 ?x182)))
 (let ((?x184 (+ ?x181 ?x183)))
 (let ((?x266 (/ ?x184 ?x435)))
 (let ((?x267 (* ?x157 ?x266)))
 (let ((?x223 (+ ?x210 ?x267)))
 (let ((?x200 (* |f[1]| ?x221)))
 (let ((?x196 (- ?x200)))
 (let ((?x225 (* 0.0 ?x200)))
 (let ((?x226 (- ?x225)))
 (let ((?x230 (+ ?x226 ?x196)))
 (let ((?x231 (+ ?x226 ?x230)))
 (let ((?x232 (/ ?x231 ?x435)))
 (let ((?x320 (* ?x157 ?x232)))
 (let ((?x342 (+ ?x225 ?x320)))
 (let ((?x281 (* |f[2]| ?x280)))
 (let ((?x291 (* 0.0 ?x281)))
 (let ((?x289 (- ?x291)))
 (let ((?x290 (+ ?x289 ?x289)))
 (let ((?x292 (- ?x281)))
 (let ((?x185 (+ ?x292 ?x290)))
 (let ((?x186 (/ ?x185 ?x435)))
 (let ((?x191 (* ?x157 ?x186)))
 (let ((?x194 (+ ?x291 ?x191)))
 (let ((?x353 (+ ?x194 ?x342)))
 (let ((?x224 (+ ?x353 ?x223)))
 (or (and (distinct ?x224 ?x198) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!205 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!205) (< exp!1 exp!4)))
(assert
 (= (< log!205 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!205) (< exp!2 exp!4)))
(assert
 (= (< log!205 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!205) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!205 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!205)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!328 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!328) (< exp!1 exp!5)))
(assert
 (= (< log!328 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!328) (< exp!2 exp!5)))
(assert
 (= (< log!328 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!328) (< exp!3 exp!5)))
(assert
 (= (< log!328 log!205) (< exp!5 exp!4)))
(assert
 (= (< log!205 log!328) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!328 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!328)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x397 (/ ?x9 exp!3)))
(let ((?x157 (/ (* 1.0 exp!2) exp!3)))
(let ((?x420 (+ ?x157 ?x397)))
(let ((?x435 (+ 1.0 ?x420)))
(=> (> ?x435 0.0) (= exp!5 ?x435))))))))
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
(declare-fun |f[2]| () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!205 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!328 () Real)
(declare-fun log!453 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x372 (/ ?x640 exp!1)))
 (let ((?x248 (+ 1.0 ?x372)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x669 (/ ?x55 exp!1)))
 (let ((?x585 (+ ?x669 ?x248)))
 (< 0.0 ?x585))))))))
(assert
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x372 (/ ?x640 exp!1)))
 (let ((?x248 (+ 1.0 ?x372)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x669 (/ ?x55 exp!1)))
 (let ((?x585 (+ ?x669 ?x248)))
 (let (($x315 (= 0.0 ?x585)))
 (not $x315)))))))))
(assert
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x372 (/ ?x640 exp!1)))
 (let ((?x248 (+ 1.0 ?x372)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x669 (/ ?x55 exp!1)))
 (let ((?x585 (+ ?x669 ?x248)))
 (let (($x315 (= 0.0 ?x585)))
 (not $x315)))))))))
(assert
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x372 (/ ?x640 exp!1)))
 (let ((?x248 (+ 1.0 ?x372)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x669 (/ ?x55 exp!1)))
 (let ((?x585 (+ ?x669 ?x248)))
 (let (($x315 (= 0.0 ?x585)))
 (not $x315)))))))))
(assert
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x372 (/ ?x640 exp!1)))
 (let ((?x248 (+ 1.0 ?x372)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x669 (/ ?x55 exp!1)))
 (let ((?x585 (+ ?x669 ?x248)))
 (< 0.0 ?x585))))))))
(assert
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x372 (/ ?x640 exp!1)))
 (let ((?x248 (+ 1.0 ?x372)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x669 (/ ?x55 exp!1)))
 (let ((?x585 (+ ?x669 ?x248)))
 (let (($x315 (= 0.0 ?x585)))
 (not $x315)))))))))
(assert
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x372 (/ ?x640 exp!1)))
 (let ((?x248 (+ 1.0 ?x372)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x669 (/ ?x55 exp!1)))
 (let ((?x585 (+ ?x669 ?x248)))
 (let (($x315 (= 0.0 ?x585)))
 (not $x315)))))))))
(assert
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x372 (/ ?x640 exp!1)))
 (let ((?x248 (+ 1.0 ?x372)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x669 (/ ?x55 exp!1)))
 (let ((?x585 (+ ?x669 ?x248)))
 (let (($x315 (= 0.0 ?x585)))
 (not $x315)))))))))
(assert
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x372 (/ ?x640 exp!1)))
 (let ((?x248 (+ 1.0 ?x372)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x669 (/ ?x55 exp!1)))
 (let ((?x585 (+ ?x669 ?x248)))
 (let (($x315 (= 0.0 ?x585)))
 (not $x315)))))))))
(assert
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x372 (/ ?x640 exp!1)))
 (let ((?x248 (+ 1.0 ?x372)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x669 (/ ?x55 exp!1)))
 (let ((?x585 (+ ?x669 ?x248)))
 (let ((?x358 (/ ?x372 ?x585)))
 (let ((?x296 (- ?x358)))
 (let ((?x613 (+ 1.0 ?x296)))
 (let ((?x597 (* 0.0 ?x613)))
 (let ((?x583 (* 0.0 ?x296)))
 (let ((?x614 (+ ?x583 ?x597)))
 (let ((?x572 (+ ?x296 ?x614)))
 (let ((?x161 (/ ?x669 exp!6)))
 (let ((?x953 (* ?x161 ?x572)))
 (let ((?x961 (* |f[2]| ?x953)))
 (let ((?x721 (+ ?x296 ?x597)))
 (let ((?x546 (+ ?x583 ?x721)))
 (let ((?x265 (/ 1.0 exp!6)))
 (let ((?x714 (* ?x265 ?x546)))
 (let ((?x468 (* |f[1]| ?x714)))
 (let ((?x361 (+ ?x583 ?x613)))
 (let ((?x676 (+ ?x583 ?x361)))
 (let ((?x494 (/ ?x372 exp!6)))
 (let ((?x322 (* ?x494 ?x676)))
 (let ((?x308 (* |f[0]| ?x322)))
 (let ((?x710 (+ ?x308 ?x468)))
 (let ((?x440 (+ ?x710 ?x961)))
 (let ((?x243 (* |f[0]| ?x494)))
 (let ((?x944 (- ?x243)))
 (let ((?x559 (* 0.0 ?x243)))
 (let ((?x271 (- ?x559)))
 (let ((?x539 (+ ?x271 ?x944)))
 (let ((?x689 (+ ?x271 ?x539)))
 (let ((?x746 (/ ?x689 ?x585)))
 (let ((?x398 (* ?x372 ?x746)))
 (let ((?x949 (+ ?x243 ?x398)))
 (let ((?x264 (* |f[1]| ?x265)))
 (let ((?x244 (- ?x264)))
 (let ((?x251 (* 0.0 ?x264)))
 (let ((?x692 (- ?x251)))
 (let ((?x968 (+ ?x692 ?x244)))
 (let ((?x180 (+ ?x692 ?x968)))
 (let ((?x340 (/ ?x180 ?x585)))
 (let ((?x466 (* ?x372 ?x340)))
 (let ((?x596 (+ ?x251 ?x466)))
 (let ((?x740 (* |f[2]| ?x161)))
 (let ((?x759 (* 0.0 ?x740)))
 (let ((?x964 (- ?x759)))
 (let ((?x238 (+ ?x964 ?x964)))
 (let ((?x729 (- ?x740)))
 (let ((?x683 (+ ?x729 ?x238)))
 (let ((?x337 (/ ?x683 ?x585)))
 (let ((?x967 (* ?x372 ?x337)))
 (let ((?x239 (+ ?x759 ?x967)))
 (let ((?x958 (+ ?x239 ?x596)))
 (let ((?x615 (+ ?x958 ?x949)))
 (or (and (distinct ?x615 ?x440) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!205 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!205) (< exp!1 exp!4)))
(assert
 (= (< log!205 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!205) (< exp!2 exp!4)))
(assert
 (= (< log!205 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!205) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!205 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!205)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!328 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!328) (< exp!1 exp!5)))
(assert
 (= (< log!328 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!328) (< exp!2 exp!5)))
(assert
 (= (< log!328 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!328) (< exp!3 exp!5)))
(assert
 (= (< log!328 log!205) (< exp!5 exp!4)))
(assert
 (= (< log!205 log!328) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!328 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!328)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x157 (/ ?x640 exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (=> (> ?x435 0.0) (= exp!5 ?x435)))))))))
(assert
 (= (< log!453 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!453) (< exp!1 exp!6)))
(assert
 (= (< log!453 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!453) (< exp!2 exp!6)))
(assert
 (= (< log!453 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!453) (< exp!3 exp!6)))
(assert
 (= (< log!453 log!205) (< exp!6 exp!4)))
(assert
 (= (< log!205 log!453) (< exp!4 exp!6)))
(assert
 (= (< log!453 log!328) (< exp!6 exp!5)))
(assert
 (= (< log!328 log!453) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!453 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!453)))
(assert
 (let ((?x640 (* 1.0 exp!2)))
(let ((?x372 (/ ?x640 exp!1)))
(let ((?x248 (+ 1.0 ?x372)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x669 (/ ?x55 exp!1)))
(let ((?x585 (+ ?x669 ?x248)))
(=> (> ?x585 0.0) (= exp!6 ?x585)))))))))
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
(declare-fun |f[2]| () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!205 () Real)
(declare-fun log!328 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!453 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x157 (/ ?x640 exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (< 0.0 ?x435))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x157 (/ ?x640 exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x157 (/ ?x640 exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x157 (/ ?x640 exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x157 (/ ?x640 exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (< 0.0 ?x435))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x157 (/ ?x640 exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x157 (/ ?x640 exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x157 (/ ?x640 exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x157 (/ ?x640 exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x157 (/ ?x640 exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let ((?x175 (/ ?x157 ?x435)))
 (let ((?x176 (- ?x175)))
 (let ((?x254 (+ 1.0 ?x176)))
 (let ((?x262 (* 0.0 ?x254)))
 (let ((?x250 (* 0.0 ?x176)))
 (let ((?x367 (+ ?x250 ?x262)))
 (let ((?x368 (+ ?x176 ?x367)))
 (let ((?x280 (/ 1.0 exp!5)))
 (let ((?x370 (* ?x280 ?x368)))
 (let ((?x197 (* |f[2]| ?x370)))
 (let ((?x259 (+ ?x176 ?x262)))
 (let ((?x260 (+ ?x250 ?x259)))
 (let ((?x221 (/ ?x397 exp!5)))
 (let ((?x362 (* ?x221 ?x260)))
 (let ((?x363 (* |f[1]| ?x362)))
 (let ((?x255 (+ ?x250 ?x254)))
 (let ((?x256 (+ ?x250 ?x255)))
 (let ((?x352 (/ ?x157 exp!5)))
 (let ((?x258 (* ?x352 ?x256)))
 (let ((?x261 (* |f[0]| ?x258)))
 (let ((?x326 (+ ?x261 ?x363)))
 (let ((?x198 (+ ?x326 ?x197)))
 (let ((?x210 (* |f[0]| ?x352)))
 (let ((?x182 (- ?x210)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x181 (- ?x211)))
 (let ((?x183 (+ ?x181 ?x182)))
 (let ((?x184 (+ ?x181 ?x183)))
 (let ((?x266 (/ ?x184 ?x435)))
 (let ((?x267 (* ?x157 ?x266)))
 (let ((?x223 (+ ?x210 ?x267)))
 (let ((?x200 (* |f[1]| ?x221)))
 (let ((?x196 (- ?x200)))
 (let ((?x225 (* 0.0 ?x200)))
 (let ((?x226 (- ?x225)))
 (let ((?x230 (+ ?x226 ?x196)))
 (let ((?x231 (+ ?x226 ?x230)))
 (let ((?x232 (/ ?x231 ?x435)))
 (let ((?x320 (* ?x157 ?x232)))
 (let ((?x342 (+ ?x225 ?x320)))
 (let ((?x281 (* |f[2]| ?x280)))
 (let ((?x291 (* 0.0 ?x281)))
 (let ((?x289 (- ?x291)))
 (let ((?x290 (+ ?x289 ?x289)))
 (let ((?x292 (- ?x281)))
 (let ((?x185 (+ ?x292 ?x290)))
 (let ((?x186 (/ ?x185 ?x435)))
 (let ((?x191 (* ?x157 ?x186)))
 (let ((?x194 (+ ?x291 ?x191)))
 (let ((?x353 (+ ?x194 ?x342)))
 (let ((?x224 (+ ?x353 ?x223)))
 (or (and (distinct ?x224 ?x198) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!205 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!205) (< exp!1 exp!4)))
(assert
 (= (< log!205 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!205) (< exp!2 exp!4)))
(assert
 (= (< log!205 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!205) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!205 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!205)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!328 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!328) (< exp!1 exp!5)))
(assert
 (= (< log!328 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!328) (< exp!2 exp!5)))
(assert
 (= (< log!328 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!328) (< exp!3 exp!5)))
(assert
 (= (< log!328 log!205) (< exp!5 exp!4)))
(assert
 (= (< log!205 log!328) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!328 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!328)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x157 (/ ?x640 exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (=> (> ?x435 0.0) (= exp!5 ?x435)))))))))
(assert
 (= (< log!453 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!453) (< exp!1 exp!6)))
(assert
 (= (< log!453 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!453) (< exp!2 exp!6)))
(assert
 (= (< log!453 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!453) (< exp!3 exp!6)))
(assert
 (= (< log!453 log!205) (< exp!6 exp!4)))
(assert
 (= (< log!205 log!453) (< exp!4 exp!6)))
(assert
 (= (< log!453 log!328) (< exp!6 exp!5)))
(assert
 (= (< log!328 log!453) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!453 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!453)))
(assert
 (let ((?x640 (* 1.0 exp!2)))
(let ((?x372 (/ ?x640 exp!1)))
(let ((?x248 (+ 1.0 ?x372)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x669 (/ ?x55 exp!1)))
(let ((?x585 (+ ?x669 ?x248)))
(=> (> ?x585 0.0) (= exp!6 ?x585)))))))))
(check-sat)
(pop 1)
